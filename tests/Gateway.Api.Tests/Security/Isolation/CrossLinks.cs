using Gateway.Api.FieldWork;
using Gateway.Api.Grids;
using Gateway.Api.Informants;
using Gateway.Api.Mediation;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Rows that point across tenants on purpose, inserted past the write guard by a system-scoped context: the shapes
/// a data migration, a person moving office or a bug elsewhere can leave behind. Readers on either side must never
/// see the other side's row through them, except where a type declares it is read that way: the person a unit's
/// posting names.
/// </summary>
public sealed record CrossLinks(
    long Nanjing,
    long Longxiang,
    long Station,
    long Bureau,
    long NanjingAssignment, // owned by Nanjing; its person is on Longxiang's file, so Nanjing reads them through it
    long PostedPerson,
    long LongxiangPerson, // on Longxiang's file and never posted to Nanjing
    long NanjingTip, // owned by Nanjing, from a Nanjing informant; received by the Longxiang person
    long NanjingInformant,
    long NanjingCase, // owned by Nanjing; arose in a Longxiang grid
    long LongxiangGrid,
    long BureauPerson, // on the bureau's file: above the station, so foreign to the station and every office
    long StationFieldWork, // owned by the station; logged by the bureau's person
    long NanjingSuccession) // owned by Nanjing; a Nanjing grid's successor is a Longxiang grid
{
    public const string CaseNumber = "NJ-ISOLATION-0001";

    public static async Task<CrossLinks> InsertAsync(GatewayApiFactory factory) => await factory.WithDbAsync(async db =>
    {
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id);
        long nanjing = units["nanjing"], longxiang = units["longxiang"], station = units["xunchang"],
            bureau = units["bureau"];
        var longxiangPeople = await db.People
            .Where(p => p.OwnerUnitId == longxiang
                && !db.Assignments.Any(a => a.PersonId == p.Id && a.OwnerUnitId == nanjing))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
        var (postedPerson, longxiangPerson) = (longxiangPeople[0], longxiangPeople[1]);
        var longxiangGrid = await db.Grids.Where(g => g.OwnerUnitId == longxiang).OrderBy(g => g.Id).Select(g => g.Id)
            .FirstAsync();
        var nanjingInformant = await db.Informants.Where(i => i.OwnerUnitId == nanjing).OrderBy(i => i.Id)
            .Select(i => i.Id).FirstAsync();
        var nanjingGrid = await db.Grids.Where(g => g.OwnerUnitId == nanjing).OrderBy(g => g.Id).Select(g => g.Id)
            .FirstAsync();
        var committee = await db.MediationCommittees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();

        var bureauPerson = new Person { OwnerUnitId = bureau, Kind = PersonKind.Police, Name = "Isolation Liaison",
            BadgeNumber = "ISO-001" };
        var assignment = new Assignment { OwnerUnitId = nanjing, PersonId = postedPerson, UnitId = nanjing,
            Role = AssignmentRole.OfficeAuxiliary, From = new DateOnly(2026, 1, 5) };
        var tip = new Tip
        {
            OwnerUnitId = nanjing, InformantId = nanjingInformant, ReceivedById = longxiangPerson,
            ReceivedAt = new DateTime(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc),
            Content = "Isolation test: a tip received by an officer of another office.",
            SourceReliability = SourceReliability.Untested, Assessment = InformationAssessment.NotKnown,
        };
        var mediationCase = new MediationCase
        {
            OwnerUnitId = nanjing, CommitteeId = committee, GridId = longxiangGrid, CaseNumber = CaseNumber,
            Kind = MediationCaseKind.CivilDispute,
            Summary = "Isolation test: a case registered in Nanjing about a Longxiang grid.",
            Stage = MediationStage.Registered,
            RegisteredAt = new DateTime(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc),
        };
        var succession = new GridSuccession { OwnerUnitId = nanjing, PredecessorId = nanjingGrid,
            SuccessorId = longxiangGrid, On = new DateOnly(2026, 3, 1), Kind = GridSuccessionKind.Split };
        db.AddRange(bureauPerson, assignment, tip, mediationCase, succession);
        await db.SaveChangesAsync();
        var stationFieldWork = new FieldWorkEvent { OwnerUnitId = station, PersonId = bureauPerson.Id,
            Kind = FieldWorkKind.Patrol, OccurredAt = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc) };
        db.Add(stationFieldWork);
        await db.SaveChangesAsync();

        return new CrossLinks(nanjing, longxiang, station, bureau, assignment.Id, postedPerson, longxiangPerson,
            tip.Id, nanjingInformant, mediationCase.Id, longxiangGrid,
            bureauPerson.Id, stationFieldWork.Id, succession.Id);
    });
}

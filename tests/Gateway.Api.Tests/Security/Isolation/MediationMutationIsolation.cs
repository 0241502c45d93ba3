using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>Check 24 for mediation: every demo principal naming a unit, case, committee, seat or person outside its
/// scope (or one that does not exist) through every mediation mutation gets NOT_FOUND when it may write mediation at
/// all and the request-level permission error otherwise, and nothing is written. A committee or seat a unit above
/// shares downwards is read, not owned: changing it reads NOT_FOUND as well.</summary>
public sealed partial class MutationIsolationTests
{
    private static readonly string[] MediationMutations =
    [
        "registerMediationCase", "acceptMediationCase", "declineMediationCase", "recordMediationInvestigation",
        "recordMediationSession", "recordMediationAgreement", "failMediationCase", "referMediationCase",
        "recordMediationFollowUp", "createMediationCommittee", "seatMediationMember", "endMediationMembership",
        "setMediationCommitteeChair",
    ];

    public static TheoryData<string, string> ClientsAndMediationMutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var clientId in IsolationWorld.ClientIds)
        foreach (var mutation in MediationMutations)
            data.Add(clientId, mutation);
        return data;
    }

    /// <summary>A unit's mediation rows a mutation names: the unit, a case it owns, a committee and a seat it keeps, a
    /// person on its file (0 where it holds none).</summary>
    private sealed record MediationTarget(long Unit, long Case, long Committee, long Seat, long Person);

    [Theory]
    [MemberData(nameof(ClientsAndMediationMutations))]
    public async Task Mediation_naming_anything_outside_the_callers_scope_reads_not_found_and_writes_nothing(
        string clientId, string mutation)
    {
        var (targets, permissions) = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var path = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            var outside = await db.OrgUnits.Where(u => !u.Path.StartsWith(path)).Select(u => new MediationTarget(u.Id,
                db.MediationCases.Where(c => c.OwnerUnitId == u.Id).Min(c => (long?)c.Id) ?? 0,
                db.MediationCommittees.Where(c => c.OwnerUnitId == u.Id).Min(c => (long?)c.Id) ?? 0,
                db.MediationMembers.Where(m => m.OwnerUnitId == u.Id).Min(m => (long?)m.Id) ?? 0,
                db.People.Where(p => p.OwnerUnitId == u.Id).Min(p => (long?)p.Id) ?? 0)).ToListAsync();
            var beyond = new MediationTarget(await db.OrgUnits.MaxAsync(u => u.Id) + 1,
                await db.MediationCases.MaxAsync(c => c.Id) + 1, await db.MediationCommittees.MaxAsync(c => c.Id) + 1,
                await db.MediationMembers.MaxAsync(m => m.Id) + 1, await db.People.MaxAsync(p => p.Id) + 1);
            return (outside.Append(beyond).ToList(), Roles.PermissionsOf(client.Roles));
        });
        var before = await MediationStateAsync();
        var client = factory.CreateGraphQLClient(clientId);

        await AssertEachNotFoundAsync(client, mutation, targets.Select(target => MediationInput(mutation, target)),
            permissions.Contains(Permissions.MediationWrite));
        Assert.Equal(before, await MediationStateAsync());
    }

    /// <summary>The input of <paramref name="mutation"/> naming <paramref name="target"/>'s rows, well formed
    /// otherwise; null when the unit holds no row of the kind the mutation names.</summary>
    private static object? MediationInput(string mutation, MediationTarget target)
    {
        string Id(string type, long id) => GlobalId.Encode(type, id);
        var caseId = Id("MediationCase", target.Case);
        var parties = new object[] { new { role = "APPLICANT", name = "甲" }, new { role = "RESPONDENT", name = "乙" } };
        return mutation switch
        {
            "registerMediationCase" => new
            {
                unitId = Id("OrgUnit", target.Unit), committeeId = Id("MediationCommittee", target.Committee),
                caseNumber = "ISO-1", kind = "CIVIL_DISPUTE", summary = "越权登记", parties,
            },
            "createMediationCommittee" => new { unitId = Id("OrgUnit", target.Unit), name = "x", nameZh = "越权" },
            "seatMediationMember" when target.Committee > 0 && target.Person > 0 => new
            {
                committeeId = Id("MediationCommittee", target.Committee), personId = Id("Person", target.Person),
                memberKind = "POLICE", from = "2026-11-01",
            },
            "endMediationMembership" when target.Seat > 0 =>
                new { id = Id("MediationMember", target.Seat), version = 0, to = "2026-11-30" },
            "setMediationCommitteeChair" when target.Committee > 0 && target.Person > 0 => new
            {
                id = Id("MediationCommittee", target.Committee), version = 0, personId = Id("Person", target.Person),
            },
            _ when target.Case == 0 => null,
            "acceptMediationCase" => new { id = caseId, version = 0 },
            "declineMediationCase" or "failMediationCase" => new { id = caseId, version = 0, reason = "越权" },
            "referMediationCase" => new { id = caseId, version = 0, referredTo = "越权" },
            "recordMediationInvestigation" => new { id = caseId, version = 0, findings = "越权" },
            "recordMediationSession" => new
            {
                id = caseId, version = 0, heldAt = "2026-11-02T10:00:00+08:00", place = "x", record = "越权",
                mediatorIds = new[] { Id("MediationMember", Math.Max(target.Seat, 1)) },
            },
            "recordMediationAgreement" => new
            {
                id = caseId, version = 0, facts = "x", matters = "x", terms = "越权", performanceDeadline = "2027-01-01",
            },
            "recordMediationFollowUp" => new { id = caseId, version = 0, performance = "FULLY", note = "越权" },
            _ => null,
        };
    }

    /// <summary>Every mediation row as stored, to show that a refusal changed nothing.</summary>
    private Task<string> MediationStateAsync() => factory.WithDbAsync(async db => string.Join('\n',
        (await db.MediationCases.AsNoTracking().OrderBy(c => c.Id).ToListAsync())
            .Select(c => $"C{c.Id} {c.Stage} {c.Version}")
            .Concat((await db.MediationCommittees.AsNoTracking().OrderBy(c => c.Id).ToListAsync())
                .Select(c => $"K{c.Id} {c.ChairId} {c.Version}"))
            .Concat((await db.MediationMembers.AsNoTracking().OrderBy(m => m.Id).ToListAsync())
                .Select(m => $"M{m.Id} {m.To} {m.Version}")),
        await db.MediationCaseSteps.CountAsync(), await db.MediationParties.CountAsync(),
        await db.MediationSessions.CountAsync(), await db.MediationAgreements.CountAsync()));
}

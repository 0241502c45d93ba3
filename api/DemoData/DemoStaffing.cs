using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;

namespace Gateway.Api.DemoData;

/// <summary>An office's current "1+2+N" team: its police officer, two auxiliaries and a grid worker per grid.</summary>
internal sealed record DemoOfficeTeam(
    DemoOffice Office, Person Police, IReadOnlyList<Person> Auxiliaries,
    IReadOnlyList<(Person Worker, Grid Grid)> GridWorkers)
{
    public IReadOnlyList<Grid> Grids { get; } = GridWorkers.Select(g => g.Grid).ToList();
}

/// <summary>The people later parts of the demo point at.</summary>
internal sealed record DemoStaff(
    Person Director, Person DeputyDirector, IReadOnlyList<(Person Officer, SquadKind Squad)> StationOfficers,
    IReadOnlyList<DemoOfficeTeam> Teams)
{
    public IEnumerable<Person> OfficersOf(SquadKind squad) =>
        StationOfficers.Where(o => o.Squad == squad).Select(o => o.Officer);
}

/// <summary>Xunchang station's 24 officers and, per office, 1 police officer + 2 auxiliaries + 5 grid workers from the
/// political-legal committee, with dated assignments and a little history, and the officers' community posts.</summary>
internal sealed class DemoStaffing(DemoOrganisation organisation, SyntheticIdentities identities, Random random)
{
    /// <summary>24 officers over "three squads, one room"; the first two of the command room are the director and
    /// deputy director.</summary>
    private static readonly (SquadKind Squad, int Officers)[] StationEstablishment =
        [(SquadKind.CommandRoom, 5), (SquadKind.CriminalInvestigation, 7), (SquadKind.SpecialPatrol, 7),
            (SquadKind.CommunityPolicing, 5)];

    private static readonly DateOnly GridWorkersTransferredOn = new(2017, 4, 1);

    private readonly List<Person> people = [];
    private readonly List<Assignment> assignments = [];
    private readonly Dictionary<Person, Assignment> running = [];

    public DemoStaff Seed(GatewayDbContext db, IReadOnlyList<Grid> grids)
    {
        var station = organisation.Station;
        foreach (var (squad, size) in StationEstablishment)
            for (var i = 0; i < size; i++)
            {
                // Most officers came with the 2016 merger, the others transferred in since; the bureau posts them.
                var from = people.Count < 16
                    ? DemoOrganisation.StationsMergedOn
                    : random.DayBetween(new(2018, 1, 1), new(2025, 6, 30));
                Post(Hire(PersonKind.Police, station), station, AssignmentRole.StationOfficer, from, assignedBy: null,
                    squad: organisation.Squads[squad]);
            }
        var (director, deputyDirector) = (people[0], people[1]);
        director.Position = PersonPosition.StationDirector;
        deputyDirector.Position = PersonPosition.StationDeputyDirector;

        foreach (var office in organisation.Offices)
        {
            var police = Hire(PersonKind.Police, office.Unit);
            Post(police, office.Unit, AssignmentRole.OfficePolice, DemoOrganisation.OfficesOpenedOn, director);
            for (var i = 0; i < 2; i++)
                Post(Hire(PersonKind.AuxiliaryPolice, office.Unit), office.Unit, AssignmentRole.OfficeAuxiliary,
                    DemoOrganisation.OfficesOpenedOn, director);
            // Grid workers are managed, assessed and deployed by the office's police officer.
            foreach (var grid in grids.Where(g => g.OwnerUnit == office.Unit))
                Post(Hire(PersonKind.GridWorker, office.Unit, organisation.PoliticalLegalCommittee), office.Unit,
                    AssignmentRole.GridWorker, GridWorkersTransferredOn, police, grid: grid);
        }

        RecordHistory(director);

        db.People.AddRange(people);
        db.Assignments.AddRange(assignments);
        db.CommunityPosts.AddRange(CommunityPosts());
        var teams = organisation.Offices.Select(Team).ToList();
        db.LeavePeriods.AddRange(LeavePeriods(teams, director));
        var stationOfficers = running.Values.Where(a => a.Role == AssignmentRole.StationOfficer)
            .Select(a => (a.Person!, a.Squad!.Kind)).ToList();
        return new DemoStaff(director, deputyDirector, stationOfficers, teams);
    }

    /// <summary>A little leave per office, all outside the field-work days so the quotas there stand as seeded: the
    /// officer's annual leave in July, an auxiliary's two sick days in May, a grid worker's rest day to come, and in
    /// Nanjing a training the officer did not attend, cancelled.</summary>
    private static IEnumerable<LeavePeriod> LeavePeriods(IEnumerable<DemoOfficeTeam> teams, Person director)
    {
        LeavePeriod Leave(Person person, LeaveKind kind, DateOnly from, DateOnly to, string? note = null) => new()
        {
            OwnerUnit = person.OwnerUnit, Person = person, Kind = kind, From = from, To = to, Note = note,
            RecordedBy = director,
        };
        foreach (var team in teams)
        {
            yield return Leave(team.Police, LeaveKind.AnnualLeave, new(2026, 7, 6), new(2026, 7, 10));
            yield return Leave(team.Auxiliaries[0], LeaveKind.SickLeave, new(2026, 5, 12), new(2026, 5, 13));
            yield return Leave(team.GridWorkers[0].Worker, LeaveKind.RestDay, new(2026, 11, 7), new(2026, 11, 7));
            if (team.Office.Prefix != "NJ") continue;
            var training = Leave(team.Police, LeaveKind.Training, new(2026, 6, 15), new(2026, 6, 16),
                "County bureau community-policing course");
            (training.CancelledOn, training.CancelledBy) = (new(2026, 6, 10), director);
            yield return training;
        }
    }

    /// <summary>Three changes, so staffing on a past day differs from today's while today's stays exactly 1+2+5 per
    /// office.</summary>
    private void RecordHistory(Person director)
    {
        var (nanjing, longxiang, anmin, xinqiao) = (Office("NJ"), Office("LX"), Office("AM"), Office("XQ"));

        // September 2022: Nanjing and Longxiang swap an auxiliary.
        var swappedOn = new DateOnly(2022, 9, 1);
        var (fromNanjing, fromLongxiang) = (Holders(nanjing, AssignmentRole.OfficeAuxiliary)[1],
            Holders(longxiang, AssignmentRole.OfficeAuxiliary)[1]);
        Move(fromNanjing, longxiang, AssignmentRole.OfficeAuxiliary, swappedOn, director);
        Move(fromLongxiang, nanjing, AssignmentRole.OfficeAuxiliary, swappedOn, director);

        // January 2024: Xinqiao's first community officer returns to the station's community-policing squad,
        // and an officer of that squad takes over the office.
        var rotatedOn = new DateOnly(2024, 1, 1);
        var squad = organisation.Squads[SquadKind.CommunityPolicing];
        var outgoing = Holders(xinqiao, AssignmentRole.OfficePolice).Single();
        var incoming = running.Values.Last(a => a.Squad == squad).Person!;
        Move(outgoing, organisation.Station, AssignmentRole.StationOfficer, rotatedOn, assignedBy: null, squad: squad);
        Move(incoming, xinqiao, AssignmentRole.OfficePolice, rotatedOn, director);

        // March 2025: two Anmin grid workers swap grids.
        var regriddedOn = new DateOnly(2025, 3, 1);
        var anminPolice = Holders(anmin, AssignmentRole.OfficePolice).Single();
        var (first, second) = (running[Holders(anmin, AssignmentRole.GridWorker)[1]],
            running[Holders(anmin, AssignmentRole.GridWorker)[2]]);
        var (firstGrid, secondGrid) = (first.Grid, second.Grid);
        Move(first.Person!, anmin, AssignmentRole.GridWorker, regriddedOn, anminPolice, grid: secondGrid);
        Move(second.Person!, anmin, AssignmentRole.GridWorker, regriddedOn, anminPolice, grid: firstGrid);
    }

    /// <summary>Each office officer sits on the community's party branch or residents' committee while posted
    /// there.</summary>
    private IEnumerable<CommunityPost> CommunityPosts() =>
        assignments.Where(a => a.Role == AssignmentRole.OfficePolice).Select(a =>
        {
            var office = organisation.Offices.Single(o => o.Unit == a.Unit);
            return new CommunityPost
            {
                OwnerUnit = office.Unit, Person = a.Person, Community = office.Community,
                Post = office.Prefix is "NJ" or "AM"
                    ? CommunityPostKind.PartyBranchMember
                    : CommunityPostKind.ResidentsCommitteeMember,
                From = a.From, To = a.To,
            };
        }).ToList();

    private DemoOfficeTeam Team(DemoOffice office) => new(
        office,
        Holders(office.Unit, AssignmentRole.OfficePolice).Single(),
        Holders(office.Unit, AssignmentRole.OfficeAuxiliary),
        running.Values.Where(a => a.Unit == office.Unit && a.Role == AssignmentRole.GridWorker)
            .Select(a => (Worker: a.Person!, Grid: a.Grid!)).OrderBy(g => g.Grid.Code).ToList());

    private OrgUnit Office(string prefix) => organisation.Offices.Single(o => o.Prefix == prefix).Unit;

    private List<Person> Holders(OrgUnit unit, AssignmentRole role) =>
        running.Values.Where(a => a.Unit == unit && a.Role == role).Select(a => a.Person!).ToList();

    private Person Hire(PersonKind kind, OrgUnit owner, ExternalOrganisation? suppliedBy = null)
    {
        var person = new Person
        {
            OwnerUnit = owner,
            Kind = kind,
            Name = identities.Name(),
            BadgeNumber = kind == PersonKind.Police ? identities.BadgeNumber() : null,
            Phone = identities.Phone(),
            IdNumber = identities.IdNumber(new(1966, 1, 1), new(1998, 12, 31)),
            SuppliedBy = suppliedBy,
        };
        people.Add(person);
        return person;
    }

    private void Post(Person person, OrgUnit unit, AssignmentRole role, DateOnly from, Person? assignedBy,
        Grid? grid = null, StationSquad? squad = null)
    {
        var assignment = new Assignment
        {
            OwnerUnit = unit, Person = person, Unit = unit, Grid = grid, Squad = squad,
            Role = role, From = from, AssignedBy = assignedBy,
        };
        assignments.Add(assignment);
        running[person] = assignment;
    }

    /// <summary>Ends the person's running assignment the day before <paramref name="on"/> and starts the new
    /// one.</summary>
    private void Move(Person person, OrgUnit unit, AssignmentRole role, DateOnly on, Person? assignedBy,
        Grid? grid = null, StationSquad? squad = null)
    {
        running[person].To = on.AddDays(-1);
        person.OwnerUnit = unit;
        Post(person, unit, role, on, assignedBy, grid, squad);
    }
}

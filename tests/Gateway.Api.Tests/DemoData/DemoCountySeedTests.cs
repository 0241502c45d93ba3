using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Mediation;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.DemoData;

/// <summary>
/// The demo county holds the numbers of the Gong County report (shared/domain/README.md). Read through GraphQL where a
/// root field answers the question, through the DbContext where it needs a filter the schema does not offer yet.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class DemoCountySeedTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task There_are_four_community_offices()
    {
        var data = await client.QueryAsync("{ offices { totalCount nodes { kind } } }");

        Assert.Equal(4, data["offices"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["offices"]!.Items("nodes"), o => Assert.Equal("COMMUNITY_OFFICE", o.Str("kind")));
    }

    [Fact]
    public async Task Xunchang_station_has_24_station_officers_on_duty()
    {
        var units = await client.ReadAllAsync("orgUnits",
            "name nameZh kind " +
            "assignments(where: { role: { eq: STATION_OFFICER }, to: { isNull: true } }) { totalCount }");

        var xunchang = Assert.Single(units, u => u.Str("kind") == "STATION"
            && (u.Str("name").Contains("Xunchang") || u.Str("nameZh").Contains("巡场")));
        Assert.Equal(24, xunchang["assignments"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_office_is_staffed_1_plus_2_plus_5_today()
    {
        var offices = (await client.QueryAsync(
            "{ offices { nodes { code " +
            "assignments(first: 100, where: { to: { isNull: true } }) { nodes { role } } } } }"))
            ["offices"]!.Items("nodes");

        Assert.NotEmpty(offices);
        foreach (var office in offices)
        {
            var current = office["assignments"]!.Items("nodes").GroupBy(a => a.Str("role"))
                .ToDictionary(g => g.Key, g => g.Count());
            Assert.True(
                current.GetValueOrDefault("OFFICE_POLICE") == 1 && current.GetValueOrDefault("OFFICE_AUXILIARY") == 2
                && current.GetValueOrDefault("GRID_WORKER") == 5,
                $"{office.Str("code")} is staffed {string.Join(", ", current.Select(c => $"{c.Key}={c.Value}"))}; " +
                "expected 1 police + 2 auxiliaries + 5 grid workers.");
        }
    }

    [Fact]
    public async Task The_political_legal_committee_supplied_the_20_grid_workers()
    {
        var people = await client.ReadAllAsync("personnel",
            "id kind suppliedBy { kind } " +
            "assignments(where: { role: { eq: GRID_WORKER }, to: { isNull: true } }) { totalCount }");

        var gridWorkers = people.Where(p => p.Str("kind") == "GRID_WORKER").ToList();
        Assert.Equal(20, gridWorkers.Count);
        Assert.All(gridWorkers, p => Assert.Equal("POLITICAL_LEGAL_COMMITTEE", p["suppliedBy"]?.Str("kind")));
        // The 4 × 5 grid-worker posts of today are held by these 20 people.
        var postedToday = people.Where(p => p["assignments"]!["totalCount"]!.GetValue<int>() > 0)
            .Select(p => p.Str("id")).ToList();
        Assert.Equal(gridWorkers.Select(p => p.Str("id")).Order(StringComparer.Ordinal),
            postedToday.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_grid_has_300_to_500_households()
    {
        var grids = await client.ReadAllAsync("grids", "code households");

        Assert.NotEmpty(grids);
        Assert.All(grids, g => Assert.InRange(g["households"]!.GetValue<int>(), 300, 500));
    }

    [Fact]
    public async Task Each_running_grids_registry_holds_the_households_it_declares_but_three_by_design()
    {
        var grids = await factory.WithDbAsync(db => db.Grids.Where(g => g.RetiredOn == null)
            .Select(g => new
            {
                g.Code, g.Households,
                Registered = db.Houses.Count(h => h.GridId == g.Id
                    && (h.Use == HouseUse.OwnerOccupied || h.Use == HouseUse.Rental)),
            }).ToListAsync());
        var differing = new Dictionary<string, (double From, double To)>
        {
            ["LX-03"] = (0.8, 0.9), ["AM-04"] = (0.9, 0.95), ["XQ-02"] = (1.05, 1.15),
        };

        Assert.Equal(20, grids.Count);
        foreach (var grid in grids)
            if (differing.TryGetValue(grid.Code, out var share))
                Assert.InRange(grid.Registered, grid.Households * share.From, grid.Households * share.To);
            else
                Assert.InRange(grid.Registered, grid.Households - 3, grid.Households + 3);
        var (declared, registered) = (grids.Sum(g => g.Households), grids.Sum(g => g.Registered));
        Assert.InRange(registered, declared * 0.98, declared * 1.02);
    }

    [Fact]
    public async Task About_two_registered_residents_live_in_each_household()
    {
        var (households, registered) = await factory.WithDbAsync(async db => (
            await db.Houses.CountAsync(h => h.Use == HouseUse.OwnerOccupied || h.Use == HouseUse.Rental),
            await db.Residents.CountAsync(r => r.Registration == Registration.Registered)));

        Assert.InRange(registered, households * 1.8, households * 2.3);
    }

    [Fact]
    public async Task Every_population_record_of_the_period_is_a_resident_write_with_its_revision()
    {
        var (first, end) = (DemoPeriod.First, DemoPeriod.End);
        var (entries, writes, typedIn) = await factory.WithDbAsync(async db => (
            await db.FieldWorkEvents.Where(e => e.Kind == FieldWorkKind.PopulationRecordEntry)
                .Select(e => new { e.ResidentId, e.OccurredAt, e.PersonId, e.RecordedById, e.Count, e.Status })
                .ToListAsync(),
            await db.RegistryRevisions.Where(r => r.ResidentId != null && r.At >= first && r.At < end
                    && (r.Reason == RevisionReason.Created || r.Reason == RevisionReason.Updated))
                .Select(r => new { r.ResidentId, r.At, r.RecordedBy }).ToListAsync(),
            await db.FieldWorkEvents.CountAsync(e => e.Kind == FieldWorkKind.PopulationRecordEntry
                && (e.ResidentId == null || e.OccurredAt < first || e.OccurredAt >= end))));

        Assert.Equal(0, typedIn);
        Assert.Equal(writes.Select(w => (w.ResidentId, w.At)).Order(), entries.Select(e => (e.ResidentId, e.OccurredAt))
            .Order());
        Assert.All(entries, e => Assert.Equal((e.PersonId, 1, FieldWorkStatus.Active),
            (e.RecordedById!.Value, e.Count, e.Status)));
        Assert.DoesNotContain(writes, w => w.RecordedBy == "system");
        // The report's "5,100+ records updated", counted from the revisions.
        Assert.True(writes.Count >= 5100, $"{writes.Count} resident writes in the period");
    }

    [Fact]
    public async Task Each_office_enters_20_records_and_checks_5_vehicles_on_most_days()
    {
        var entries = await factory.WithDbAsync(db => db.FieldWorkEvents
            .Where(e => e.Kind == FieldWorkKind.PopulationRecordEntry || e.Kind == FieldWorkKind.VehicleCheck)
            .Select(e => new { e.OwnerUnitId, e.Kind, e.OccurredAt, e.Count }).ToListAsync());
        var days = entries.GroupBy(e => (e.OwnerUnitId, CountyCalendar.DayOf(e.OccurredAt)))
            .Select(d => (Records: d.Where(e => e.Kind == FieldWorkKind.PopulationRecordEntry).Sum(e => e.Count),
                Vehicles: d.Where(e => e.Kind == FieldWorkKind.VehicleCheck).Sum(e => e.Count))).ToList();

        Assert.Equal(4 * 92, days.Count);
        Assert.InRange(days.Count(d => d.Records >= 20), days.Count * 0.8, days.Count * 0.97);
        Assert.InRange(days.Count(d => d.Vehicles >= 5), days.Count * 0.8, days.Count * 0.97);
    }

    [Fact]
    public async Task Auxiliaries_and_grid_workers_days_off_are_rest_day_leave_without_field_work()
    {
        var (staff, rest, worked) = await factory.WithDbAsync(async db => (
            await db.Assignments.Where(a => a.To == null
                    && (a.Role == AssignmentRole.OfficeAuxiliary || a.Role == AssignmentRole.GridWorker))
                .Select(a => a.PersonId).ToListAsync(),
            await db.LeavePeriods.Where(l => l.Kind == LeaveKind.RestDay && l.CancelledOn == null)
                .Select(l => new { l.PersonId, l.From, l.To }).ToListAsync(),
            await db.FieldWorkEvents.Select(e => new { e.PersonId, e.OccurredAt }).ToListAsync()));
        var workedOn = worked.Select(e => (e.PersonId, CountyCalendar.DayOf(e.OccurredAt))).ToHashSet();

        Assert.Equal(28, staff.Count);
        Assert.All(staff, person => Assert.InRange(rest.Count(l => l.PersonId == person), 10, 40));
        Assert.DoesNotContain(rest, l => workedOn.Contains((l.PersonId, l.From)));
    }

    [Fact]
    public async Task The_registry_holds_211_rental_houses()
    {
        Assert.Equal(211, await factory.WithDbAsync(db => db.Houses.CountAsync(h => h.Use == HouseUse.Rental)));
    }

    [Fact]
    public async Task The_registry_holds_275_floating_residents()
    {
        Assert.Equal(275, await factory.WithDbAsync(db =>
            db.Residents.CountAsync(r => r.Registration == Registration.Floating)));
    }

    [Fact]
    public async Task The_registry_holds_31_residents_with_a_mental_health_risk()
    {
        // Encrypted: counted after decrypting, never in SQL.
        Assert.Equal(31, (await factory.WithDbAsync(db => db.Residents.Select(r => r.MentalHealthRisk).ToListAsync()))
            .Count(risk => risk));
    }

    [Theory]
    [InlineData(UnitCategory.Hotel, 70)]
    [InlineData(UnitCategory.Ktv, 20)]
    [InlineData(UnitCategory.InternetCafe, 9)]
    [InlineData(UnitCategory.FootMassage, 68)]
    [InlineData(UnitCategory.CourierOutlet, 24)]
    [InlineData(UnitCategory.KeyUnit, 95)]
    [InlineData(UnitCategory.KeyLocation, 20)]
    [InlineData(UnitCategory.ConstructionSite, 6)]
    public async Task The_registry_holds_the_reported_number_of_units_per_category(UnitCategory category, int expected)
    {
        Assert.Equal(expected, await factory.WithDbAsync(db =>
            db.RegisteredUnits.CountAsync(u => u.Category == category)));
    }

    [Fact]
    public async Task The_mediation_committee_has_at_least_30_current_members()
    {
        var committees = await client.ReadAllAsync("mediationCommittees",
            "name members(where: { to: { isNull: true } }) { totalCount }");

        Assert.Contains(committees, c => c["members"]!["totalCount"]!.GetValue<int>() >= 30);
    }

    [Fact]
    public async Task Twenty_six_mediation_cases_were_settled()
    {
        var settled = await factory.WithDbAsync(db =>
            db.MediationCases.CountAsync(c =>
                c.Stage == MediationStage.AgreementReached || c.Stage == MediationStage.FollowedUp));

        Assert.Equal(26, settled);
    }

    [Fact]
    public async Task More_than_200_requests_were_diverted_to_4312345()
    {
        var diverted = await factory.WithDbAsync(db => db.ServiceRequests.CountAsync(r => r.TicketNumber != null));

        Assert.True(diverted >= 200, $"{diverted} requests carry a 4312345 ticket number; the report says 200+.");
    }

    [Fact]
    public async Task More_than_110_informants_are_on_file()
    {
        var total = (await client.QueryAsync("{ informants { totalCount } }"))["informants"]!["totalCount"]!
            .GetValue<int>();

        Assert.True(total >= 110, $"{total} informants on file; the report says 110+.");
    }

    [Fact]
    public async Task Every_reward_is_between_50_and_500_yuan()
    {
        var rewards = await client.ReadAllAsync("rewards", "amount");

        Assert.NotEmpty(rewards);
        Assert.All(rewards, r => Assert.InRange(Amount(r), 50m, 500m));
    }

    [Fact]
    public async Task The_station_roster_cases_and_dispatches_keep_the_three_nots()
    {
        var (shifts, cases, dispatches, postings, grids) = await factory.WithDbAsync(async db => (
            await db.DutyShifts.ToListAsync(), await db.StationCaseAssignments.ToListAsync(),
            await db.Dispatches.ToListAsync(),
            await db.Assignments.Where(a => a.Role == AssignmentRole.OfficePolice
                || a.Role == AssignmentRole.OfficeAuxiliary).ToListAsync(),
            await db.Grids.ToDictionaryAsync(g => g.Id, g => g.OwnerUnitId)));
        long? OfficeOf(long person, DateOnly day) => postings
            .FirstOrDefault(a => a.PersonId == person && a.From <= day && (a.To == null || a.To >= day))?.UnitId;
        static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));

        Assert.NotEmpty(shifts);
        Assert.NotEmpty(cases);
        Assert.All(shifts, s => Assert.Null(OfficeOf(s.PersonId, s.Date)));
        Assert.All(cases, c => Assert.Null(OfficeOf(c.PersonId, c.AssignedOn)));
        var byOfficeStaff = dispatches.Where(d => OfficeOf(d.PersonId, LocalDay(d.DispatchedAt)) is not null).ToList();
        Assert.NotEmpty(byOfficeStaff);
        Assert.All(byOfficeStaff, d => Assert.Equal(OfficeOf(d.PersonId, LocalDay(d.DispatchedAt)),
            d.DestinationGridId is { } grid ? grids[grid] : d.DestinationOfficeId));
        Assert.Contains(dispatches, d => OfficeOf(d.PersonId, LocalDay(d.DispatchedAt)) is null);
    }

    private static decimal Amount(JsonNode reward) => reward["amount"]!.GetValue<decimal>();

    /// <summary>The demo's 92 days of field work, 1 August to 31 October 2026, as UTC instants.</summary>
    private static class DemoPeriod
    {
        public static readonly DateTime First = new(2026, 7, 31, 16, 0, 0, DateTimeKind.Utc);
        public static readonly DateTime End = new(2026, 10, 31, 16, 0, 0, DateTimeKind.Utc);
    }
}

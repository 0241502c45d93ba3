using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Registry;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Statistics;

/// <summary><c>registry</c> and <c>keyPersonControls</c> against recounts of the demo county's records, revisions
/// and controls, and the classified-archive numbers the bureau reported.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class RegistryStatisticsTests(GatewayApiFactory factory)
{
    private static readonly string[] Categories =
    [
        "standardAddresses", "residents", "registeredResidents", "floatingResidents", "elderlyLivingAlone",
        "leftBehindChildren", "disabledResidents", "veterans", "keyPersons", "houses", "ownerOccupiedHouses",
        "rentalHouses", "vacantHouses", "commercialHouses", "registeredUnits", "hotels", "ktvs", "internetCafes",
        "footMassageShops", "courierOutlets", "otherVenues", "keyUnits", "keyLocations", "constructionSites",
    ];

    private static readonly string[] Freshness = ["freshRecords", "agingRecords", "staleRecords"];

    private static readonly string[] Revisions =
        ["revisions", "recordsCreated", "recordsUpdated", "recordsMoved", "recordsVerified"];

    private static string Registry(string arguments) => $$"""
        { statistics({{arguments}}) {
            registry { bucket asOf unitCode gridId {{string.Join(" ", Categories.Concat(Freshness).Concat(Revisions))}}
            }
        } }
        """;

    private async Task<List<JsonNode>> RowsAsync(string arguments, string clientId = "demo-dashboard") =>
        [.. (await factory.CreateGraphQLClient(clientId).QueryAsync(Registry(arguments)))
            ["statistics"]!["registry"]!.AsArray().Select(r => r!)];

    [Fact]
    public async Task October_ends_with_the_classified_archives_the_bureau_reported()
    {
        var end = CountyCalendar.StartOf(new DateOnly(2026, 11, 1));
        var (octoberStart, freshFrom, agingFrom) = (CountyCalendar.StartOf(new DateOnly(2026, 10, 1)),
            end.AddDays(-90), end.AddDays(-365));
        var expected = await factory.WithDbAsync(async db =>
        {
            var latest = (await db.RegistryRevisions.Where(r => r.StandardAddressId == null && r.At < end)
                    .Select(r => new { r.ResidentId, r.HouseId, r.RegisteredUnitId, r.At }).ToListAsync())
                .GroupBy(r => (r.ResidentId, r.HouseId, r.RegisteredUnitId)).Select(g => g.Max(r => r.At)).ToList();
            return new Dictionary<string, int>
            {
                ["residents"] = await db.Residents.CountAsync(r => r.RecordedAt < end),
                ["floatingResidents"] = await db.Residents.CountAsync(r =>
                    r.RecordedAt < end && r.Registration == Registration.Floating),
                ["leftBehindChildren"] = await db.Residents.CountAsync(r =>
                    r.RecordedAt < end && r.SpecialGroup == SpecialGroup.LeftBehindChild),
                ["keyPersons"] = await db.Residents.CountAsync(r => r.KeyPersonCategory != null),
                ["houses"] = await db.Houses.CountAsync(h => h.RecordedAt < end),
                ["vacantHouses"] = await db.Houses.CountAsync(h => h.RecordedAt < end && h.Use == HouseUse.Vacant),
                ["registeredUnits"] = await db.RegisteredUnits.CountAsync(u => u.RecordedAt < end),
                ["standardAddresses"] = await db.StandardAddresses.CountAsync(),
                ["freshRecords"] = latest.Count(at => at >= freshFrom),
                ["agingRecords"] = latest.Count(at => at < freshFrom && at >= agingFrom),
                ["staleRecords"] = latest.Count(at => at < agingFrom),
                ["revisions"] = await db.RegistryRevisions.CountAsync(r => r.At >= octoberStart && r.At < end),
                ["recordsUpdated"] = await db.RegistryRevisions.CountAsync(r =>
                    r.At >= octoberStart && r.At < end && r.Reason == RevisionReason.Updated),
            };
        });
        // The report's classified archives (分类建档).
        foreach (var (column, count) in new Dictionary<string, int>
        {
            ["rentalHouses"] = 211, ["floatingResidents"] = 275, ["hotels"] = 70, ["ktvs"] = 20, ["internetCafes"] = 9,
            ["footMassageShops"] = 68, ["courierOutlets"] = 24, ["keyUnits"] = 95, ["keyLocations"] = 20,
            ["constructionSites"] = 6, ["otherVenues"] = 12, ["keyPersons"] = 51,
        })
            expected.TryAdd(column, count);

        var scope = Assert.Single(await RowsAsync("from: \"2026-10-01\", to: \"2026-11-01\", groupBy: SCOPE"));
        Assert.Equal("2026-10-31", scope.Str("asOf"));
        foreach (var (column, count) in expected) Assert.True(count == scope.Figure(column),
            $"{column}: expected {count}, got {scope.Figure(column)}");
        Assert.True(scope.Figure("freshRecords") > 0 && scope.Figure("agingRecords") > 0);
        Assert.Equal(scope.Figure("residents") + scope.Figure("houses") + scope.Figure("registeredUnits"),
            Freshness.Sum(scope.Figure));

        foreach (var groupBy in new[] { "UNIT", "GRID" })
        {
            var rows = await RowsAsync($"from: \"2026-10-01\", to: \"2026-11-01\", groupBy: {groupBy}");
            foreach (var column in Categories.Concat(Freshness).Concat(Revisions))
                Assert.True(scope.Figure(column) == rows.Sum(r => r.Figure(column)), $"{groupBy} {column}");
        }
    }

    [Fact]
    public async Task Each_bucket_stands_at_its_own_end_and_its_revisions_are_its_own()
    {
        var months = await RowsAsync("from: \"2026-08-01\", to: \"2026-11-01\", groupBy: SCOPE, bucket: MONTH");
        var days = await RowsAsync("from: \"2026-08-01\", to: \"2026-11-01\", groupBy: SCOPE, bucket: DAY");
        Assert.Equal(["2026-08-31", "2026-09-30", "2026-10-31"], months.Select(r => r.Str("asOf")));
        foreach (var (month, last) in months.Zip(new[] { 30, 60, 91 }))
            foreach (var column in Categories.Concat(Freshness))
                Assert.Equal(days[last].Figure(column), month.Figure(column));
        foreach (var column in Revisions)
            Assert.Equal(days.Sum(r => r.Figure(column)), months.Sum(r => r.Figure(column)));
        // Floating residents moved in during the period, entered by the offices' staff.
        Assert.True(months[0].Figure("floatingResidents") < months[2].Figure("floatingResidents"));

        var future = Assert.Single(await RowsAsync("from: \"2099-01-01\", to: \"2099-02-01\", groupBy: SCOPE"));
        Assert.Null(future["asOf"]);
        Assert.All(Categories.Concat(Freshness).Concat(Revisions), c => Assert.Equal(0, future.Figure(c)));
    }

    [Fact]
    public async Task A_grid_counts_its_own_records_and_an_office_only_its_own()
    {
        var grid = await factory.WithDbAsync(db => db.Grids.OrderBy(g => g.Code).Select(g => new { g.Id, g.Code })
            .FirstAsync());
        var gridId = GlobalId.Encode("Grid", grid.Id);
        var byGrid = await RowsAsync("from: \"2026-10-01\", to: \"2026-11-01\", groupBy: GRID");
        var narrowed = Assert.Single(await RowsAsync(
            $"from: \"2026-10-01\", to: \"2026-11-01\", groupBy: SCOPE, gridId: \"{gridId}\""));
        var own = byGrid.Single(r => r["gridId"]?.GetValue<string>() == gridId);
        foreach (var column in Categories.Concat(Freshness).Concat(Revisions))
            Assert.Equal(own.Figure(column), narrowed.Figure(column));
        Assert.Equal(await factory.WithDbAsync(db => db.Residents.CountAsync(r => r.GridId == grid.Id)),
            narrowed.Figure("residents"));

        var nanjing = await factory.WithDbAsync(db => db.OrgUnits.SingleAsync(u => u.Code == "nanjing"));
        var office = Assert.Single(await RowsAsync("from: \"2026-10-01\", to: \"2026-11-01\", groupBy: SCOPE",
            "demo-nanjing"));
        Assert.Equal(await factory.WithDbAsync(db => db.Houses.CountAsync(h => h.OwnerUnitId == nanjing.Id)),
            office.Figure("houses"));
    }

    [Fact]
    public async Task The_231_key_person_controls_by_kind_category_grid_and_who_did_them()
    {
        const string controls = """
            query($groupBy: StatisticsGrouping!) {
              statistics(from: "2026-01-01", to: "2027-01-01", groupBy: $groupBy, bucket: QUARTER) {
                keyPersonControls { bucket personId gridId controls visits talks checkIns whereaboutsChecks
                  ofReleasedPersons ofDrugUsers ofPetitioners ofSupervisedPersons }
              }
            }
            """;
        var expected = await factory.WithDbAsync(async db => (
            Visits: await db.KeyPersonControls.CountAsync(c => c.Kind == KeyPersonControlKind.Visit),
            Drug: await db.KeyPersonControls.CountAsync(c => c.Resident!.KeyPersonCategory == KeyPersonCategory.Drug),
            September: await db.KeyPersonControls.CountAsync(c =>
                c.OccurredAt >= CountyCalendar.StartOf(new DateOnly(2026, 7, 1))
                && c.OccurredAt < CountyCalendar.StartOf(new DateOnly(2026, 10, 1)))));
        var client = factory.CreateGraphQLClient("demo-bureau");
        foreach (var groupBy in new[] { "SCOPE", "UNIT", "GRID", "PERSON" })
        {
            var rows = (await client.QueryAsync(controls, new { groupBy }))["statistics"]!["keyPersonControls"]!
                .AsArray().Select(r => r!).ToList();
            Assert.Equal(231, rows.Sum(r => r.Figure("controls")));
            Assert.Equal(231, new[] { "visits", "talks", "checkIns", "whereaboutsChecks" }
                .Sum(c => rows.Sum(r => r.Figure(c))));
            Assert.Equal(231, new[] { "ofReleasedPersons", "ofDrugUsers", "ofPetitioners", "ofSupervisedPersons" }
                .Sum(c => rows.Sum(r => r.Figure(c))));
            Assert.Equal(expected.Visits, rows.Sum(r => r.Figure("visits")));
            Assert.Equal(expected.Drug, rows.Sum(r => r.Figure("ofDrugUsers")));
            Assert.Equal(expected.September, rows.Where(r => r.Str("bucket").StartsWith("2026-07-01"))
                .Sum(r => r.Figure("controls")));
        }
    }

    [Fact]
    public async Task Every_bucket_is_read_in_the_same_queries()
    {
        var client = factory.CreateGraphQLClient("demo-dashboard");
        const string both = "registry { residents freshRecords revisions } keyPersonControls { controls }";
        var (_, month) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(
            $"{{ statistics(from: \"2026-10-01\", to: \"2026-11-01\", bucket: MONTH, groupBy: GRID) {{ {both} }} }}"));
        var (_, days) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(
            $"{{ statistics(from: \"2026-01-01\", to: \"2026-11-01\", bucket: DAY, groupBy: GRID) {{ {both} }} }}"));
        Assert.Equal(month, days);
    }
}

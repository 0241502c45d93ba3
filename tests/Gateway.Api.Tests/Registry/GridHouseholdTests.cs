using Gateway.Api.Registry;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Registry;

/// <summary>
/// A grid's households on file beside those it declares, and the report of the grids where the two differ: counted
/// through the caller's row filters, any number of grids in the same few queries.
/// </summary>
[Collection(QueryCostCollection.Name)]
public sealed class GridHouseholdTests(GatewayApiFactory factory)
{
    private const string Report = """
        query($tolerance: Int) { gridHouseholdDiscrepancies(tolerancePercent: $tolerance) {
          grid { code households registeredHouseholds office { code } } declared registered difference
          differencePercent } }
        """;

    private static readonly string[] OfficeClients = ["demo-nanjing", "demo-longxiang", "demo-anmin", "demo-xinqiao"];

    /// <summary>Occupied houses by grid code, and each running grid's declaration, straight from the rows.</summary>
    private Task<(Dictionary<string, int> Registered, Dictionary<string, (int Declared, string Office)> Grids)>
        RecountAsync() => factory.WithDbAsync(async db => (
            await db.Houses.Where(h => h.Use == HouseUse.OwnerOccupied || h.Use == HouseUse.Rental)
                .GroupBy(h => h.Grid!.Code).Select(g => new { Code = g.Key, Households = g.Count() })
                .ToDictionaryAsync(g => g.Code, g => g.Households),
            await db.Grids.Where(g => g.RetiredOn == null)
                .Select(g => new { g.Code, g.Households, Office = g.OwnerUnit!.Code })
                .ToDictionaryAsync(g => g.Code, g => (g.Households, g.Office))));

    [Fact]
    public async Task The_report_finds_the_grids_whose_registry_differs_by_more_than_five_percent()
    {
        var (registered, grids) = await RecountAsync();
        var report = (await factory.CreateGraphQLClient().QueryAsync(Report))["gridHouseholdDiscrepancies"]!
            .AsArray().Select(n => n!).ToList();

        // The demo county's deliberate three: one lagging by more than a tenth, one by a few hundredths, one over.
        Assert.Equal(["LX-03", "XQ-02", "AM-04"], report.Select(d => d["grid"]!.Str("code")));
        foreach (var row in report)
        {
            var code = row["grid"]!.Str("code");
            var (declared, counted) = (grids[code].Declared, registered[code]);
            Assert.Equal((declared, counted, counted - declared),
                (row["declared"]!.GetValue<int>(), row["registered"]!.GetValue<int>(),
                    row["difference"]!.GetValue<int>()));
            Assert.Equal(counted, row["grid"]!["registeredHouseholds"]!.GetValue<int>());
            Assert.Equal(Math.Round(100.0 * (counted - declared) / declared, 1),
                row["differencePercent"]!.GetValue<double>());
        }
        Assert.True(report[0]["differencePercent"]!.GetValue<double>() < -10);
        Assert.True(report[1]["difference"]!.GetValue<int>() > 0);
        // Every other running grid holds its declaration, or within a few households of it.
        Assert.All(grids.Where(g => !report.Any(r => r["grid"]!.Str("code") == g.Key)),
            g => Assert.InRange(registered[g.Key] - g.Value.Declared, -3, 3));
        var everyDifference = (await factory.CreateGraphQLClient().QueryAsync(Report, new { tolerance = 0 }))
            ["gridHouseholdDiscrepancies"]!.AsArray().Select(n => n!["grid"]!.Str("code")).Order().ToList();
        Assert.Equal(grids.Keys.Where(code => registered[code] != grids[code].Declared).Order(), everyDifference);
    }

    [Fact]
    public async Task Registered_households_of_any_number_of_grids_cost_one_grouped_query()
    {
        var client = factory.CreateGraphQLClient();
        const string All = "{ grids(first: 30) { nodes { code registeredHouseholds } } }";
        const string One = "{ grids(first: 1) { nodes { code registeredHouseholds } } }";
        await client.QueryAsync(All); // the first request pays for token and model warm-up

        var (all, costOfAll) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(All));
        var (_, costOfOne) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(One));
        var grids = all["grids"]!.Items("nodes");

        var (registered, _) = await RecountAsync();
        Assert.Equal(21, grids.Count);
        Assert.All(grids, g => Assert.Equal(registered.GetValueOrDefault(g.Str("code")),
            g["registeredHouseholds"]!.GetValue<int>()));
        Assert.Equal((2, 2), (costOfAll, costOfOne));
    }

    [Fact]
    public async Task An_office_counts_and_reports_its_own_grids_only()
    {
        var (registered, grids) = await RecountAsync();
        foreach (var clientId in OfficeClients)
        {
            var office = clientId["demo-".Length..];
            var client = factory.CreateGraphQLClient(clientId);
            var report = (await client.QueryAsync(Report, new { tolerance = 0 }))["gridHouseholdDiscrepancies"]!
                .AsArray().Select(n => n!).ToList();
            var own = grids.Where(g => g.Value.Office == office).Select(g => g.Key).ToList();

            Assert.Equal(own.Where(code => registered[code] != grids[code].Declared).Order(),
                report.Select(r => r["grid"]!.Str("code")).Order());
            Assert.All(report, r => Assert.Equal(registered[r["grid"]!.Str("code")], r["registered"]!.GetValue<int>()));
            var listed = (await client.QueryAsync("{ grids(first: 30) { nodes { code registeredHouseholds } } }"))
                ["grids"]!.Items("nodes");
            Assert.All(listed, g => Assert.Contains(g.Str("code"), own.Append("NJ-00")));
        }
    }

    public static TheoryData<string> EveryDemoClient() => [.. Security.Isolation.IsolationWorld.ClientIds];

    /// <summary>Every demo client, the station, the dashboard and the committee included: the report lists exactly
    /// the differing grids of its scope, or is refused without <c>registry.read</c>.</summary>
    [Theory]
    [MemberData(nameof(EveryDemoClient))]
    public async Task Every_client_reports_exactly_the_differing_grids_of_its_scope_or_is_refused(string clientId)
    {
        var (path, permissions, grids) = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            var unitPath = await db.OrgUnits.Where(u => u.Id == client.OwnerUnitId).Select(u => u.Path).SingleAsync();
            var running = await db.Grids.Where(g => g.RetiredOn == null)
                .Select(g => new { g.Code, g.Households, g.OwnerPath,
                    Registered = db.Houses.Count(h => h.GridId == g.Id
                        && (h.Use == HouseUse.OwnerOccupied || h.Use == HouseUse.Rental)) })
                .ToListAsync();
            return (unitPath, Api.Security.Roles.PermissionsOf(client.Roles), running);
        });

        var response = await factory.CreateGraphQLClient(clientId).PostAsync(Report, new { tolerance = 0 });

        if (!permissions.Contains(Api.Security.Permissions.RegistryRead))
        {
            Assert.Null(response.Data);
            Assert.Contains("ACCESS_DENIED", response.ErrorCodes);
            return;
        }
        response.AssertSuccess();
        var expected = grids.Where(g => g.OwnerPath.StartsWith(path, StringComparison.Ordinal)
            && g.Registered != g.Households).Select(g => g.Code).Order();
        Assert.Equal(expected, response.Data!["gridHouseholdDiscrepancies"]!.AsArray()
            .Select(r => r!["grid"]!.Str("code")).Order());
    }

    [Fact]
    public async Task A_negative_tolerance_is_refused()
    {
        var response = await factory.CreateGraphQLClient().PostAsync(
            "{ gridHouseholdDiscrepancies(tolerancePercent: -1) { declared } }");

        Assert.Contains(GridHouseholdQueries.BadTolerance, response.Body);
    }
}

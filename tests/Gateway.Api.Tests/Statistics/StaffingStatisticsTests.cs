using System.Text.Json.Nodes;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Statistics;

/// <summary><c>staffing</c> against 1+2+N, recounted from the postings of the demo county.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class StaffingStatisticsTests(GatewayApiFactory factory)
{
    private const string Staffing = """
        query($from: Instant!, $to: Instant!, $groupBy: StatisticsGrouping!, $bucket: StatisticsBucket!) {
          statistics(from: $from, to: $to, groupBy: $groupBy, bucket: $bucket) {
            staffing { bucket unitCode asOf offices officesMeetingModel officesShort police auxiliaries gridWorkers
              grids requiredPolice requiredAuxiliaries policeShort auxiliariesShort officesWithoutPolice
              officesShortOfAuxiliaries officesWithoutGridWorkers gridsWithoutGridWorker formula meetsModel }
          }
        }
        """;

    private async Task<List<JsonNode>> RowsAsync(string groupBy, string from, string to, string bucket = "MONTH",
        string clientId = "demo-dashboard") =>
        [.. (await factory.CreateGraphQLClient(clientId).QueryAsync(Staffing, new { from, to, groupBy, bucket }))
            ["statistics"]!["staffing"]!.AsArray().Select(r => r!)];

    [Fact]
    public async Task The_county_stands_at_four_officers_eight_auxiliaries_and_twenty_grid_workers()
    {
        var day = new DateOnly(2026, 10, 31);
        var expected = await factory.WithDbAsync(async db =>
        {
            var offices = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommunityOffice).Select(u => u.Id)
                .ToListAsync();
            var posted = await db.Assignments.Where(a => offices.Contains(a.UnitId) && a.From <= day
                    && (a.To == null || a.To >= day))
                .Select(a => new { a.UnitId, a.PersonId, a.Role, a.GridId }).ToListAsync();
            var grids = await db.Grids.Where(g => offices.Contains(g.OwnerUnitId) && g.OpenedOn <= day
                && (g.RetiredOn == null || g.RetiredOn >= day)).Select(g => g.Id).ToListAsync();
            int Holding(AssignmentRole role) =>
                posted.Where(p => p.Role == role).Select(p => (p.UnitId, p.PersonId)).Distinct().Count();
            return (Offices: offices.Count, Police: Holding(AssignmentRole.OfficePolice),
                Auxiliaries: Holding(AssignmentRole.OfficeAuxiliary), GridWorkers: Holding(AssignmentRole.GridWorker),
                Grids: grids.Count, Uncovered: grids.Count(g => !posted.Any(p =>
                    p.Role == AssignmentRole.GridWorker && p.GridId == g)));
        });

        var scope = Assert.Single(await RowsAsync("SCOPE", "2026-10-01", "2026-11-01"));
        Assert.Equal("2026-10-31", scope.Str("asOf"));
        Assert.Equal((4, 4, 8, 20), (expected.Offices, expected.Police, expected.Auxiliaries, expected.GridWorkers));
        Assert.Equal("4+8+20", scope.Str("formula"));
        Assert.Equal(expected.Offices, scope.Figure("offices"));
        Assert.Equal(expected.Grids, scope.Figure("grids"));
        Assert.Equal(expected.Uncovered, scope.Figure("gridsWithoutGridWorker"));
        Assert.Equal(4, scope.Figure("requiredPolice"));
        Assert.Equal(8, scope.Figure("requiredAuxiliaries"));
        Assert.Equal(scope.Figure("offices"), scope.Figure("officesMeetingModel") + scope.Figure("officesShort"));
        Assert.Equal(scope.Figure("officesShort") == 0, scope["meetsModel"]!.GetValue<bool>());

        var units = await RowsAsync("UNIT", "2026-10-01", "2026-11-01");
        foreach (var column in new[] { "offices", "officesMeetingModel", "police", "auxiliaries", "gridWorkers",
            "grids", "policeShort", "auxiliariesShort", "gridsWithoutGridWorker" })
            Assert.Equal(scope.Figure(column), units.Sum(r => r.Figure(column)));
        var station = units.Single(r => r.Str("unitCode") == "xunchang");
        Assert.Equal(0, station.Figure("offices"));
        Assert.Null(station["formula"]);
        Assert.Null(station["meetsModel"]);
        Assert.Equal("1+2+5", units.Single(r => r.Str("unitCode") == "nanjing").Str("formula"));
    }

    [Fact]
    public async Task Each_bucket_is_read_on_its_last_day_and_one_after_today_counts_nothing()
    {
        var days = await RowsAsync("SCOPE", "2026-10-01", "2026-10-08", "DAY");
        Assert.Equal(Enumerable.Range(1, 7).Select(d => $"2026-10-0{d}"), days.Select(r => r.Str("asOf")));
        Assert.All(days, r => Assert.Equal(4, r.Figure("offices")));

        var weeks = await RowsAsync("SCOPE", "2026-10-01", "2026-10-15", "WEEK");
        Assert.Equal(["2026-10-04", "2026-10-11", "2026-10-14"], weeks.Select(r => r.Str("asOf")));

        var future = Assert.Single(await RowsAsync("SCOPE", "2099-01-01", "2099-02-01"));
        Assert.Null(future["asOf"]);
        Assert.Equal(0, future.Figure("offices"));
        Assert.Null(future["formula"]);
    }

    [Fact]
    public async Task An_office_sees_itself_and_a_cut_it_cannot_make_is_refused()
    {
        var nanjing = Assert.Single(await RowsAsync("SCOPE", "2026-10-01", "2026-11-01", clientId: "demo-nanjing"));
        Assert.Equal(1, nanjing.Figure("offices"));
        var refused = await factory.CreateGraphQLClient("demo-bureau").PostAsync(Staffing,
            new { from = "2026-10-01", to = "2026-11-01", groupBy = "GRID", bucket = "MONTH" });
        Assert.Contains("UNSUPPORTED_GROUPING", refused.ErrorCodes);
    }

    [Fact]
    public async Task Every_bucket_is_read_in_the_same_queries()
    {
        var client = factory.CreateGraphQLClient("demo-dashboard");
        var (_, oneBucket) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(Staffing,
            new { from = "2026-10-01", to = "2026-11-01", groupBy = "UNIT", bucket = "MONTH" }));
        var (_, manyBuckets) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(Staffing,
            new { from = "2026-01-01", to = "2026-11-01", groupBy = "UNIT", bucket = "DAY" }));
        Assert.Equal(oneBucket, manyBuckets);
    }
}

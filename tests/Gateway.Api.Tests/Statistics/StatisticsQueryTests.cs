using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Statistics;

/// <summary>The <c>statistics</c> root: its arguments, period, groups and refusals, shown on teams and cameras, whose
/// figures need no clock.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class StatisticsQueryTests(GatewayApiFactory factory)
{
    private const string Teams = """
        query($from: Instant!, $to: Instant!, $groupBy: StatisticsGrouping!, $bucket: StatisticsBucket!,
              $unitId: ID, $gridId: ID) {
          statistics(from: $from, to: $to, groupBy: $groupBy, bucket: $bucket, unitId: $unitId, gridId: $gridId) {
            period { from to days buckets groups bucket groupBy unitName }
            teamsAndCameras { bucket from to unitId unitCode unitName gridId gridName personId
              teams teamMembers buildingGuardTeams residentsJointDefenceTeams volunteerTeams cameraPoints cameras }
          }
        }
        """;

    private static object Variables(string groupBy = "UNIT", object? from = null, object? to = null,
        string bucket = "MONTH", string? unitId = null, string? gridId = null) => new
    {
        from = from ?? "2026-10-01", to = to ?? "2026-11-01", groupBy, bucket, unitId, gridId,
    };

    [Fact]
    public async Task Epoch_milliseconds_and_ISO_text_name_the_same_period_answered_in_county_time()
    {
        // 2026-10-01T00:00+08:00 and 2026-11-01T00:00+08:00 as Grafana sends them.
        var client = factory.CreateGraphQLClient("demo-dashboard");
        var epoch = await client.QueryAsync(Teams, Variables(from: 1790784000000, to: "1793462400000"));
        var iso = await client.QueryAsync(Teams, Variables(from: "2026-09-30T16:00:00Z", to: "2026-11-01T00:00:00"));
        var period = epoch["statistics"]!["period"]!;
        Assert.Equal("2026-10-01T00:00:00+08:00", period.Str("from"));
        Assert.Equal("2026-11-01T00:00:00+08:00", period.Str("to"));
        Assert.Equal(31, period["days"]!.GetValue<int>());
        Assert.Equal(period.ToJsonString(), iso["statistics"]!["period"]!.ToJsonString());
    }

    [Fact]
    public async Task Scope_unit_and_grid_rows_add_up_to_the_county_recount()
    {
        var expected = await factory.WithDbAsync(async db => (
            Teams: await db.MassParticipationTeams.CountAsync(),
            Members: await db.MassParticipationTeams.SumAsync(t => t.MemberCount),
            Points: await db.CameraPoints.CountAsync(),
            Cameras: await db.CameraPoints.SumAsync(p => p.Cameras),
            Units: await db.OrgUnits.CountAsync(u => u.ClosedOn == null),
            UngriddedPoints: await db.CameraPoints.CountAsync(p => p.GridId == null)));
        var client = factory.CreateGraphQLClient("demo-dashboard");
        foreach (var groupBy in new[] { "SCOPE", "UNIT", "GRID" })
        {
            var rows = (await client.QueryAsync(Teams, Variables(groupBy)))["statistics"]!["teamsAndCameras"]!
                .AsArray().Select(r => r!).ToList();
            Assert.Equal(expected.Teams, rows.Sum(r => r["teams"]!.GetValue<int>()));
            Assert.Equal(expected.Members, rows.Sum(r => r["teamMembers"]!.GetValue<int>()));
            Assert.Equal(expected.Points, rows.Sum(r => r["cameraPoints"]!.GetValue<int>()));
            Assert.Equal(expected.Cameras, rows.Sum(r => r["cameras"]!.GetValue<int>()));
            Assert.All(rows, r => Assert.Equal("2026-10-01T00:00:00+08:00", r.Str("bucket")));
            if (groupBy == "SCOPE") Assert.Single(rows);
            if (groupBy == "UNIT") Assert.Equal(expected.Units, rows.Count);
            if (groupBy == "GRID")
                Assert.Equal(expected.UngriddedPoints,
                    rows.Single(r => r["gridId"] is null)["cameraPoints"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task A_scope_row_reads_its_unit_alone_not_the_units_below()
    {
        var client = factory.CreateGraphQLClient("demo-dashboard");
        var (_, scope) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(Teams, Variables("SCOPE")));
        var (_, units) = await factory.SqlCommands.CountAsync(() => client.QueryAsync(Teams, Variables("UNIT")));
        Assert.Equal(units - 1, scope);
    }

    [Fact]
    public async Task An_office_counts_only_what_it_owns()
    {
        var nanjing = await factory.WithDbAsync(db => db.OrgUnits.SingleAsync(u => u.Code == "nanjing"));
        var expected = await factory.WithDbAsync(db =>
            db.MassParticipationTeams.CountAsync(t => t.OwnerPath.StartsWith(nanjing.Path)));
        var rows = (await factory.CreateGraphQLClient("demo-nanjing").QueryAsync(Teams, Variables("SCOPE")))
            ["statistics"]!["teamsAndCameras"]!.AsArray();
        Assert.Equal(expected, Assert.Single(rows)!["teams"]!.GetValue<int>());
    }

    [Fact]
    public async Task Requests_that_cannot_be_answered_are_refused_with_their_own_codes()
    {
        var longxiang = await factory.WithDbAsync(db => db.OrgUnits.SingleAsync(u => u.Code == "longxiang"));
        var station = await factory.WithDbAsync(db => db.OrgUnits.SingleAsync(u => u.Code == "xunchang"));
        var cases = new (string ClientId, object Variables, string Code)[]
        {
            ("demo-dashboard", Variables(from: "2026-10-02", to: "2026-10-01"), "BAD_PERIOD"),
            ("demo-dashboard", Variables(from: "yesterday"), "INVALID_VALUE"),
            ("demo-nanjing", Variables(unitId: Api.GraphQL.Mapping.GlobalId.Encode("OrgUnit", longxiang.Id)),
                "NOT_FOUND"),
            // The station's units are shared down to the office for reference, never to count.
            ("demo-nanjing", Variables(unitId: Api.GraphQL.Mapping.GlobalId.Encode("OrgUnit", station.Id)),
                "NOT_FOUND"),
            ("demo-dashboard", Variables("PERSON"), "ACCESS_DENIED"),
            ("demo-bureau", Variables("PERSON"), "UNSUPPORTED_GROUPING"),
        };
        foreach (var (clientId, variables, code) in cases)
        {
            var response = await factory.CreateGraphQLClient(clientId).PostAsync(Teams, variables);
            Assert.Contains(code, response.ErrorCodes);
        }
    }
}

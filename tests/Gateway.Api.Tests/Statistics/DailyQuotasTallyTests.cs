using System.Text.Json.Nodes;
using Gateway.Api.FieldWork;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Statistics;

/// <summary>
/// <c>dailyQuotas</c> without the days meeting both quotas adds most offices up in SQL, a row per bucket, and reads
/// the others day by day; with them, every office day by day. Both ways must give the same figures, whatever the
/// buckets, the targets (an office's own, a quota of nothing) and the days an office was open. Runs on its own copy of
/// the county. The period begins a month before the demo's field work, so there are days without any.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class DailyQuotasTallyTests(GatewayApiFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] PerKind = ["bucket", "unitCode", "officeDays", "populationRecords",
        "vehicleChecks", "populationRecordsDaysMet", "populationRecordsDaysMissed", "vehicleChecksDaysMet",
        "vehicleChecksDaysMissed", "populationRecordsRate", "vehicleChecksRate"];

    private static readonly (string Bucket, string GroupBy)[] Shapes =
        [("MONTH", "UNIT"), ("WEEK", "SCOPE"), ("WEEK", "UNIT"), ("QUARTER", "UNIT"), ("YEAR", "SCOPE"),
            ("DAY", "UNIT")];

    private async Task<List<JsonNode>> RowsAsync(string bucket, string groupBy, string columns) =>
        [.. (await factory.CreateGraphQLClient("demo-bureau").QueryAsync($$"""
            query($bucket: StatisticsBucket!, $groupBy: StatisticsGrouping!) {
              statistics(from: "2026-07-01", to: "2026-11-01", bucket: $bucket, groupBy: $groupBy) {
                dailyQuotas { {{columns}} }
              }
            }
            """, new { bucket, groupBy }))["statistics"]!["dailyQuotas"]!.AsArray().Select(r => r!)];

    /// <summary>Each shape asked with the per-kind columns alone and with the days meeting both as well.</summary>
    private async Task AssertBothWaysAgreeAsync()
    {
        foreach (var (bucket, groupBy) in Shapes)
        {
            var perKind = await RowsAsync(bucket, groupBy, string.Join(" ", PerKind));
            var paired = await RowsAsync(bucket, groupBy, string.Join(" ", PerKind) + " daysMet daysMissed dayRate");
            Assert.Equal(paired.Count, perKind.Count);
            Assert.True(paired.Sum(r => r.Figure("officeDays")) > 0);
            foreach (var (alone, withBoth) in perKind.Zip(paired))
                foreach (var column in PerKind)
                    Assert.True(JsonNode.DeepEquals(alone[column], withBoth[column]),
                        $"{bucket} by {groupBy}, {alone.Str("bucket")} {alone["unitCode"]}: `{column}` is "
                        + $"{alone[column]} without the days meeting both, {withBoth[column]} with them");
        }
    }

    [Fact]
    public async Task The_demo_countys_quotas_add_up_the_same_with_and_without_the_days_meeting_both()
    {
        await AssertBothWaysAgreeAsync();
        var months = await RowsAsync("MONTH", "SCOPE", string.Join(" ", PerKind));
        Assert.Contains(months, r => r.Figure("populationRecordsDaysMet") > 0);
        Assert.Contains(months, r => r.Figure("populationRecordsDaysMissed") > 0);
    }

    [Fact]
    public async Task Offices_with_targets_of_their_own_a_quota_of_nothing_and_part_of_the_period_open_add_up_the_same()
    {
        await factory.WithDbAsync(async db =>
        {
            var offices = await db.OrgUnits.Where(u => new[] { "nanjing", "longxiang", "anmin" }.Contains(u.Code))
                .ToDictionaryAsync(u => u.Code);
            // The county's usual targets: few records, no vehicle checks (a quota of nothing, met every day).
            var bureau = await db.WorkTargets.SingleAsync(t => t.OwnerUnit!.Code == "bureau");
            (bureau.PopulationRecordsPerOfficePerDay, bureau.VehicleChecksPerOfficePerDay) = (3, 0);
            // Nanjing works to its own.
            db.WorkTargets.Add(new WorkTargets
            {
                OwnerUnitId = offices["nanjing"].Id, ResidentsVisitedPerDay = 20, VisitDaysPerWeek = 3,
                SpecialGroupServicesPerMonth = 10, PopulationRecordsPerOfficePerDay = 2,
                VehicleChecksPerOfficePerDay = 1,
            });
            // Longxiang opened in the period, Anmin closed in it.
            offices["longxiang"].OpenedOn = new DateOnly(2026, 9, 10);
            offices["anmin"].ClosedOn = new DateOnly(2026, 10, 15);
            await db.SaveChangesAsync();
        });

        await AssertBothWaysAgreeAsync();
        var xinqiao = (await RowsAsync("QUARTER", "UNIT", "unitCode officeDays vehicleChecksDaysMet"))
            .Where(r => r.Str("unitCode") == "xinqiao").ToList();
        Assert.Equal(2, xinqiao.Count);
        Assert.All(xinqiao, q => Assert.Equal(q.Figure("officeDays"), q.Figure("vehicleChecksDaysMet")));
        // Nanjing and Xinqiao open all of July to October, Longxiang from 10 September, Anmin to 15 October.
        var months = await RowsAsync("MONTH", "SCOPE", "officeDays");
        Assert.Equal([31 * 3, 31 * 3, 30 * 3 + 21, 31 * 3 + 15], months.Select(r => r.Figure("officeDays")));
    }

    [Fact]
    public async Task The_days_meeting_both_are_counted_when_a_fragment_asks_for_them()
    {
        var rows = (await factory.CreateGraphQLClient("demo-bureau").QueryAsync("""
            { statistics(from: "2026-10-01", to: "2026-11-01", bucket: MONTH, groupBy: SCOPE) {
                dailyQuotas { officeDays ...both } } }
            fragment both on DailyQuotasRow { daysMet daysMissed dayRate }
            """))["statistics"]!["dailyQuotas"]!.AsArray();
        var row = Assert.Single(rows)!;
        Assert.Equal(row.Figure("officeDays"), row.Figure("daysMet") + row.Figure("daysMissed"));
    }

    [Fact]
    public async Task No_row_is_asked_whether_its_office_is_read_day_by_day_when_none_is()
    {
        factory.SqlCommands.Reset();
        var rows = await RowsAsync("MONTH", "UNIT", string.Join(" ", PerKind));

        // Every demo office is open throughout and works to the county's targets, so each kind is one statement
        // grouped in SQL, and no row is asked which office it is.
        Assert.Contains(rows, r => r.Figure("populationRecordsDaysMet") > 0);
        var tallies = factory.SqlCommands.Commands
            .Where(sql => sql.Contains("\"Met\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tallies.Count);
        Assert.All(tallies, sql => Assert.DoesNotContain("dayByDayIds", sql, StringComparison.Ordinal));
    }
}

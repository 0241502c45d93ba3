using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.Informants;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Api.Tests.Statistics.StatisticsAnswers;

namespace Gateway.Api.Tests.Statistics;

/// <summary>The <c>informants</c> statistic against a recount of the demo county's informants, with small cells
/// suppressed (k = 5).</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class InformantStatisticsTests(GatewayApiFactory factory)
{
    private const string Columns =
        "onFile authorisationsLapsed tips usefulTips rewardsPaid rewardsPaidYuan suppressed personName";

    private static readonly string[] AddingUp = ["tips", "usefulTips", "rewardsPaid"];
    private static readonly string[] Standing = ["onFile", "authorisationsLapsed"];

    private sealed record Recount(
        List<(long Unit, DateOnly Recruited, DateOnly? Deactivated, List<(DateOnly From, DateOnly Until)> Periods)>
            Informants,
        List<(long Unit, DateOnly Month, bool Useful)> Tips, List<(long Unit, DateOnly Month, decimal Yuan)> Paid);

    private Task<Recount> RecountAsync() => factory.WithDbAsync(async db =>
    {
        var periods = (await db.InformantAuthorisations.Select(a => new { a.InformantId, a.ValidFrom, a.ValidUntil })
            .ToListAsync()).ToLookup(a => a.InformantId, a => (a.ValidFrom, a.ValidUntil));
        var informants = (await db.Informants.Select(i => new { i.Id, i.OwnerUnitId, i.RecruitedOn, i.DeactivatedOn })
            .ToListAsync()).Select(i => (i.OwnerUnitId, i.RecruitedOn, i.DeactivatedOn, periods[i.Id].ToList()));
        var tips = (await db.Tips.Select(t => new { t.OwnerUnitId, t.ReceivedAt, t.Useful }).ToListAsync())
            .Select(t => (t.OwnerUnitId, MonthOf(t.ReceivedAt), t.Useful));
        var entries = (await db.RewardEntries
                .Select(e => new { e.RewardId, e.OwnerUnitId, e.Kind, e.Amount, e.RecordedAt }).ToListAsync())
            .GroupBy(e => e.RewardId);
        var paid = entries.Where(r => r.Any(e => e.Kind == RewardEntryKind.Paid)
                && r.All(e => e.Kind != RewardEntryKind.Declined))
            .Select(r => (r.First().OwnerUnitId, MonthOf(r.Single(e => e.Kind == RewardEntryKind.Paid).RecordedAt),
                r.Sum(e => e.Amount ?? 0m)));
        return new Recount([.. informants], [.. tips], [.. paid]);
    });

    /// <summary>What each count of a unit (null: the scope) and month should be before suppression.</summary>
    private static Dictionary<string, int> Expected(Recount recount, long? unit, DateOnly month, DateOnly today)
    {
        var last = month.AddMonths(1).AddDays(-1);
        var day = last < today ? last : today;
        var informants = recount.Informants.Where(i => (unit is null || i.Unit == unit) && i.Recruited <= day).ToList();
        var tips = recount.Tips.Where(t => (unit is null || t.Unit == unit) && t.Month == month).ToList();
        return new()
        {
            ["onFile"] = informants.Count,
            ["authorisationsLapsed"] = informants.Count(i => !(i.Deactivated <= day)
                && !i.Periods.Any(p => p.From <= day && day <= p.Until)),
            ["tips"] = tips.Count,
            ["usefulTips"] = tips.Count(t => t.Useful),
            ["rewardsPaid"] = recount.Paid.Count(p => (unit is null || p.Unit == unit) && p.Month == month),
        };
    }

    private DateOnly Today => CountyCalendar.Today(factory.Services.GetRequiredService<TimeProvider>());

    [Fact]
    public async Task The_county_has_112_informants_on_file_and_its_rewards_paid_add_up()
    {
        var recount = await RecountAsync();
        var row = Assert.Single(await factory.CreateGraphQLClient("demo-dashboard")
            .RowsAsync("informants", Columns, Variables("YEAR", "SCOPE")));
        Assert.Equal(112, row.Int("onFile"));
        var paid = recount.Paid.Where(p => p.Month.Year == 2026).ToList();
        Assert.True(paid.Count >= 5);
        Assert.Equal(paid.Count, row.Int("rewardsPaid"));
        Assert.Equal(paid.Sum(p => p.Yuan), row["rewardsPaidYuan"]!.GetValue<decimal>());
        Assert.Equal(recount.Tips.Count(t => t.Month.Year == 2026), row.Int("tips"));
        Assert.False(row["suppressed"]!.GetValue<bool>());
        Assert.Null(row["personName"]);
    }

    [Fact]
    public async Task Per_office_and_month_small_cells_and_their_complements_are_null_and_the_rest_are_the_recount()
    {
        var recount = await RecountAsync();
        var today = Today;
        var rows = await factory.CreateGraphQLClient("demo-dashboard")
            .RowsAsync("informants", Columns, Variables("MONTH", "UNIT"));
        foreach (var row in rows)
        {
            var expected = Expected(recount, row.Unit(), row.Bucket(), today);
            foreach (var (column, count) in expected)
            {
                var shown = row.IntOrNull(column);
                if (count is > 0 and < 5) Assert.Null(shown);
                if (shown is not null) Assert.Equal(count, shown);
            }
            Assert.Equal(row["rewardsPaid"] is null, row["rewardsPaidYuan"] is null);
            if (row["rewardsPaid"] is not null)
                Assert.Equal(recount.Paid.Where(p => p.Unit == row.Unit() && p.Month == row.Bucket()).Sum(p => p.Yuan),
                    row["rewardsPaidYuan"]!.GetValue<decimal>());
            Assert.Equal(Standing.Concat(AddingUp).Any(c => row[c] is null), row["suppressed"]!.GetValue<bool>());
        }

        // No line a caller could total holds exactly one null: a month across units (against the SCOPE row), and for
        // events a unit across months (against the year).
        foreach (var column in Standing.Concat(AddingUp))
        {
            foreach (var bucket in rows.GroupBy(r => r.Bucket()))
                Assert.NotEqual(1, bucket.Count(r => r[column] is null));
            if (AddingUp.Contains(column))
                foreach (var unit in rows.GroupBy(r => r.Unit()))
                    Assert.NotEqual(1, unit.Count(r => r[column] is null));
        }

        // An office with a few useful tips in a month: null, and so is another office's count that month and another
        // month's of the office.
        var (office, month) = rows.Select(r => (Unit: r.Unit(), Month: r.Bucket()))
            .First(c => Expected(recount, c.Unit, c.Month, today)["usefulTips"] is > 0 and < 5);
        JsonNode Cell(long unit, DateOnly bucket) => rows.Single(r => r.Unit() == unit && r.Bucket() == bucket);
        Assert.Null(Cell(office, month)["usefulTips"]);
        Assert.True(Cell(office, month)["suppressed"]!.GetValue<bool>());
        Assert.Contains(rows, r => r.Bucket() == month && r.Unit() != office && r["usefulTips"] is null);
        Assert.Contains(rows, r => r.Unit() == office && r.Bucket() != month && r["usefulTips"] is null);
    }

    [Fact]
    public async Task Informants_are_never_counted_per_grid_or_person_and_cost_the_same_whatever_the_rows()
    {
        var client = factory.CreateGraphQLClient("demo-bureau");
        foreach (var groupBy in new[] { "GRID", "PERSON" })
            Assert.Contains("UNSUPPORTED_GROUPING",
                (await client.PostAsync(Query("informants", Columns), Variables("MONTH", groupBy))).ErrorCodes);
        var fields = (await client.QueryAsync("{ __type(name: \"InformantsRow\") { fields { name } } }"))["__type"]!
            .Items("fields").Select(f => f.Str("name")).ToList();
        Assert.DoesNotContain(fields, f => f.Contains("code", StringComparison.OrdinalIgnoreCase) && f != "unitCode"
            && f != "gridCode");
        Assert.DoesNotContain(fields, f => f.Contains("handler", StringComparison.OrdinalIgnoreCase)
            || f.Contains("identity", StringComparison.OrdinalIgnoreCase));

        var (_, year) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("informants", Columns, Variables("YEAR", "UNIT")));
        var (_, months) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("informants", Columns, Variables("MONTH", "UNIT", from: "2026-06-01")));
        Assert.Equal(year, months);
        // Answers days apart could give a suppressed cell back by subtraction: whole months only.
        foreach (var (bucket, from) in new[] { ("DAY", "2026-06-01"), ("WEEK", "2026-06-01"), ("MONTH", "2026-06-02") })
            Assert.Contains("UNSUPPORTED_GROUPING", (await client.PostAsync(Query("informants", Columns),
                Variables(bucket, "UNIT", from: from))).ErrorCodes);
        Assert.True(year <= 8, $"{year} commands");
    }
}

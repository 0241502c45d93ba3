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
        "onFile authorisationsLapsed tips usefulTips rewardsPaid rewardsPaidYuan suppressed published personName";

    private static string GlobalIdOf(long unit) => Gateway.Api.GraphQL.Mapping.GlobalId.Encode("OrgUnit", unit);

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

    /// <summary>What each count of some units and a month should be before suppression.</summary>
    private static Dictionary<string, int> Expected(Recount recount, IReadOnlyCollection<long> units, DateOnly month)
    {
        var day = month.AddMonths(1).AddDays(-1);
        var informants = recount.Informants.Where(i => units.Contains(i.Unit) && i.Recruited <= day).ToList();
        var tips = recount.Tips.Where(t => units.Contains(t.Unit) && t.Month == month).ToList();
        return new()
        {
            ["onFile"] = informants.Count,
            ["authorisationsLapsed"] = informants.Count(i => !(i.Deactivated <= day)
                && !i.Periods.Any(p => p.From <= day && day <= p.Until)),
            ["tips"] = tips.Count,
            ["usefulTips"] = tips.Count(t => t.Useful),
            ["rewardsPaid"] = recount.Paid.Count(p => units.Contains(p.Unit) && p.Month == month),
        };
    }

    private DateOnly Today => CountyCalendar.Today(factory.Services.GetRequiredService<TimeProvider>());

    [Fact]
    public async Task The_county_has_112_informants_on_file_at_the_end_of_October_and_its_rewards_paid_add_up()
    {
        var recount = await RecountAsync();
        var client = factory.CreateGraphQLClient("demo-dashboard");
        var october = Assert.Single(await client.RowsAsync("informants", Columns,
            Variables("MONTH", "SCOPE", from: "2026-10-01", to: "2026-11-01")));
        Assert.Equal(112, october.Int("onFile"));
        Assert.True(october["published"]!.GetValue<bool>());
        Assert.Null(october["personName"]);

        var quarters = await client.RowsAsync("informants", Columns,
            Variables("QUARTER", "SCOPE", from: "2026-01-01", to: "2026-10-01"));
        Assert.Equal(3, quarters.Count);
        foreach (var quarter in quarters)
        {
            var months = Enumerable.Range(0, 3).Select(m => quarter.Bucket().AddMonths(m)).ToList();
            var paid = recount.Paid.Where(p => months.Contains(p.Month)).ToList();
            Assert.True(paid.Count >= 5, $"{paid.Count} rewards paid in the quarter of {quarter.Bucket()}");
            Assert.Equal(paid.Count, quarter.Int("rewardsPaid"));
            Assert.Equal(paid.Sum(p => p.Yuan), quarter["rewardsPaidYuan"]!.GetValue<decimal>());
            Assert.Equal(recount.Tips.Count(t => months.Contains(t.Month)), quarter.Int("tips"));
            Assert.False(quarter["suppressed"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task Small_cells_and_their_complements_are_null_and_no_line_through_units_or_time_gives_one_back()
    {
        var recount = await RecountAsync();
        var client = factory.CreateGraphQLClient("demo-dashboard");
        var units = await factory.WithDbAsync(db => db.OrgUnits.Select(u => new { u.Id, u.ParentId }).ToListAsync());
        // Every answer a caller can total: each unit's own rows, and each unit's subtree as a SCOPE row, by month and
        // by quarter.
        var cells = new Dictionary<(long Unit, bool Subtree, string Bucket, DateOnly Start), JsonNode>();
        foreach (var bucket in new[] { "MONTH", "QUARTER" })
        {
            foreach (var row in await client.RowsAsync("informants", Columns,
                Variables(bucket, "UNIT", from: "2026-01-01", to: "2026-10-01")))
                cells[(row.Unit(), false, bucket, row.Bucket())] = row;
            foreach (var unit in units)
                foreach (var row in await client.RowsAsync("informants", Columns, Variables(bucket, "SCOPE",
                    from: "2026-01-01", to: "2026-10-01", unitId: GlobalIdOf(unit.Id))))
                    cells[(unit.Id, true, bucket, row.Bucket())] = row;
        }

        foreach (var ((unit, subtree, bucket, start), row) in cells.Where(c => c.Key.Bucket == "MONTH"))
        {
            var expected = Expected(recount, subtree ? Subtree(unit) : [unit], start);
            foreach (var (column, count) in expected)
            {
                var shown = row.IntOrNull(column);
                if (count is > 0 and < 5) Assert.Null(shown);
                if (shown is not null) Assert.Equal(count, shown);
            }
            Assert.Equal(row["rewardsPaid"] is null, row["rewardsPaidYuan"] is null);
            Assert.Equal(Standing.Concat(AddingUp).Any(c => row[c] is null), row["suppressed"]!.GetValue<bool>());
        }

        // A unit's subtree is its own rows and its children's subtrees, in every month and quarter; a quarter is its
        // months for figures that add up. No such line holds exactly one null.
        var lines = new List<(string Column, JsonNode[] Cells)>();
        foreach (var column in Standing.Concat(AddingUp))
        {
            foreach (var ((unit, subtree, bucket, start), total) in cells.Where(c => c.Key.Subtree))
                lines.Add((column, [total, cells[(unit, false, bucket, start)], .. units.Where(u => u.ParentId == unit)
                    .Select(child => cells[(child.Id, true, bucket, start)])]));
            if (AddingUp.Contains(column))
                foreach (var ((unit, subtree, _, start), quarter) in cells.Where(c => c.Key.Bucket == "QUARTER"))
                    lines.Add((column, [quarter, .. Enumerable.Range(0, 3)
                        .Select(m => cells[(unit, subtree, "MONTH", start.AddMonths(m))])]));
        }
        Assert.All(lines, line => Assert.NotEqual(1, line.Cells.Count(c => c[line.Column] is null)));
        Assert.Contains(lines, line => line.Cells.Count(c => c[line.Column] is null) >= 2);

        // Standing figures of a quarter are those of its last month, shown or hidden alike.
        foreach (var ((unit, subtree, _, start), quarter) in cells.Where(c => c.Key.Bucket == "QUARTER"))
            foreach (var column in Standing)
                Assert.Equal(cells[(unit, subtree, "MONTH", start.AddMonths(2))].IntOrNull(column),
                    quarter.IntOrNull(column));

        List<long> Subtree(long unit) =>
            [unit, .. units.Where(u => u.ParentId == unit).SelectMany(child => Subtree(child.Id))];
    }

    [Fact]
    public async Task A_cell_is_shown_the_same_way_whichever_unit_the_answer_narrows_to()
    {
        var client = factory.CreateGraphQLClient("demo-dashboard");
        var county = (await client.RowsAsync("informants", Columns,
                Variables("MONTH", "UNIT", from: "2026-01-01", to: "2026-10-01")))
            .ToDictionary(r => (r.Unit(), r.Bucket()), r => r.ToJsonString());
        var stations = await factory.WithDbAsync(db =>
            db.OrgUnits.Where(u => u.Kind == Gateway.Api.Offices.OrgUnitKind.Station).Select(u => u.Id).ToListAsync());
        Assert.NotEmpty(stations);
        foreach (var station in stations)
        {
            var narrowed = await client.RowsAsync("informants", Columns,
                Variables("MONTH", "UNIT", from: "2026-01-01", to: "2026-10-01", unitId: GlobalIdOf(station)));
            Assert.NotEmpty(narrowed);
            Assert.All(narrowed, row => Assert.Equal(county[(row.Unit(), row.Bucket())], row.ToJsonString()));
        }
    }

    [Fact]
    public async Task A_month_not_yet_over_is_withheld_whole()
    {
        var today = Today;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var rows = await factory.CreateGraphQLClient("demo-dashboard").RowsAsync("informants", Columns,
            Variables("MONTH", "UNIT", from: Day(thisMonth.AddMonths(-1)), to: Day(thisMonth.AddMonths(1))));
        Assert.All(rows.Where(r => r.Bucket() == thisMonth), row =>
        {
            Assert.False(row["published"]!.GetValue<bool>());
            Assert.True(row["suppressed"]!.GetValue<bool>());
            Assert.All(Standing.Concat(AddingUp).Append("rewardsPaidYuan"), column => Assert.Null(row[column]));
        });
        Assert.All(rows.Where(r => r.Bucket() < thisMonth), row => Assert.True(row["published"]!.GetValue<bool>()));
        Assert.Contains(rows, row => row.Bucket() < thisMonth && row["onFile"] is not null);

        static string Day(DateOnly day) =>
            day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
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
            client.RowsAsync("informants", Columns, Variables("YEAR", "UNIT", from: "2025-01-01", to: "2026-01-01")));
        var (_, months) = await factory.SqlCommands.CountAsync(() =>
            client.RowsAsync("informants", Columns, Variables("MONTH", "UNIT", from: "2025-06-01", to: "2026-01-01")));
        Assert.Equal(year, months);
        // Answers days apart, or quarters and years that are not calendar ones, would be lines of their own: refused.
        foreach (var (bucket, from) in new[] { ("DAY", "2026-06-01"), ("WEEK", "2026-06-01"), ("MONTH", "2026-06-02"),
            ("QUARTER", "2026-02-01"), ("YEAR", "2026-04-01") })
            Assert.Contains("UNSUPPORTED_GROUPING", (await client.PostAsync(Query("informants", Columns),
                Variables(bucket, "UNIT", from: from))).ErrorCodes);
        Assert.True(year <= 8, $"{year} commands");
    }
}

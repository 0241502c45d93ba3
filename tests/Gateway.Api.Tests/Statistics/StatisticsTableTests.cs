using Gateway.Api.Statistics;

namespace Gateway.Api.Tests.Statistics;

public sealed class StatisticsTableTests
{
    private sealed record CountRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
    {
        public int Count { get; set; }
    }

    private static StatisticsRequest Request(StatisticsGrouping grouping, int maxRows = 1000) => new(
        StatisticsPeriod.Checked(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), StatisticsBucket.Month),
        grouping, new StatisticsUnit(2, "/1/2/", "巡场派出所"), null, null,
        grouping == StatisticsGrouping.Grid
            ? [new(5, "nanjing", "南井", 7, "g7", "一网格"), new(5, "nanjing", "南井", 8, "g8", "二网格"),
                new(2, "xunchang", "巡场派出所")]
            : [new(5, "nanjing", "南井"), new(6, "longxiang", "龙祥")],
        maxRows);

    [Fact]
    public void Every_group_gets_a_row_in_every_bucket_and_figures_land_in_theirs()
    {
        var table = StatisticsTable<CountRow>.PerBucket(Request(StatisticsGrouping.Unit), (g, s) => new(g, s));
        Assert.Equal(4, table.Rows.Count);
        table.At(new DateOnly(2026, 10, 31), unit: 6)!.Count += 3;
        table.At(new DateOnly(2026, 9, 1), unit: 6)!.Count += 1;
        Assert.Null(table.At(new DateOnly(2026, 11, 1), unit: 6));
        Assert.Null(table.At(new DateOnly(2026, 10, 1), unit: 99));
        Assert.Equal([0, 0, 1, 3], table.Rows.Select(r => r.Count));
        Assert.Equal(["南井", "南井", "龙祥", "龙祥"], table.Rows.Select(r => r.Group.UnitName));
    }

    [Fact]
    public void Grouped_by_grid_what_belongs_to_no_grid_has_its_own_row()
    {
        var table = StatisticsTable<CountRow>.AtEnd(Request(StatisticsGrouping.Grid), (g, s) => new(g, s));
        table.At(null, unit: 5, grid: null)!.Count++;
        table.At(null, unit: 5, grid: 8)!.Count++;
        Assert.Equal([0, 1, 1], table.Rows.Select(r => r.Count));
    }

    [Fact]
    public void A_table_larger_than_the_cap_is_refused_before_any_row_is_made()
    {
        var made = 0;
        var error = Assert.Throws<global::GraphQL.ExecutionError>(() => StatisticsTable<CountRow>.PerBucket(
            Request(StatisticsGrouping.Unit, maxRows: 3), (g, s) => new(g, s) { Count = made++ }));
        Assert.Equal(StatisticsRequest.TooManyRows, error.Code);
        Assert.Equal(0, made);
    }
}

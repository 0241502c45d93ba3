namespace Gateway.Api.Statistics;

/// <summary>
/// A statistic's rows, made before anything is read — one per group and bucket, zero until figures land in them, so
/// a series never has holes — and the place each figure read lands: by the unit, grid and person it belongs to
/// (whichever the request groups by) and its county day. Figures outside the request's groups or days are dropped.
/// SQL sums per key and day; this folds days into buckets, so the work here grows with days × groups, never with
/// events.
/// </summary>
public sealed class StatisticsTable<TRow> where TRow : StatisticsRow
{
    private readonly StatisticsRequest request;
    private readonly TRow[] rows;
    /// <summary>Rows per group: a group's rows follow one another, its buckets in time order, the groups in the
    /// request's order, so a group's first row is its position there times this.</summary>
    private readonly int rowsPerGroup;

    private StatisticsTable(StatisticsRequest request, TRow[] rows, int rowsPerGroup) =>
        (this.request, this.rows, this.rowsPerGroup) = (request, rows, rowsPerGroup);

    public IReadOnlyList<TRow> Rows => rows;

    /// <summary>One row per group and bucket, groups in order and each group's buckets in time order.</summary>
    public static StatisticsTable<TRow> PerBucket(StatisticsRequest request,
        Func<StatisticsGroup, StatisticsSpan, TRow> row)
    {
        request.CheckRows(request.Groups.Count * request.Period.Buckets.Count);
        return new(request, [.. request.Groups.SelectMany(g => request.Period.Buckets.Select(span => row(g, span)))],
            request.Period.Buckets.Count);
    }

    /// <summary>One row per group for figures that stand at the end of the period, not per bucket: each row's span is
    /// the whole period.</summary>
    public static StatisticsTable<TRow> AtEnd(StatisticsRequest request,
        Func<StatisticsGroup, StatisticsSpan, TRow> row)
    {
        request.CheckRows(request.Groups.Count);
        return new(request, [.. request.Groups.Select(g => row(g, request.WholePeriod))], 1);
    }

    /// <summary>The row a figure of <paramref name="day"/> lands in (any day, for a table at the end of the period),
    /// or null when it is not counted here.</summary>
    public TRow? At(DateOnly? day, long? unit = null, long? grid = null, long? person = null)
    {
        if (request.PositionOf(unit, grid, person) is not { } position) return null;
        var first = position * rowsPerGroup;
        if (day is null) return rows[first];
        return request.Period.BucketOf(day.Value) is { } span && span.Index < rowsPerGroup
            ? rows[first + span.Index] : null;
    }
}

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
    private readonly Dictionary<(StatisticsGroup, int), TRow> cells;

    private StatisticsTable(StatisticsRequest request, IReadOnlyList<TRow> rows)
    {
        this.request = request;
        Rows = rows;
        cells = rows.ToDictionary(r => (r.Group, r.Span.Index));
    }

    public IReadOnlyList<TRow> Rows { get; }

    /// <summary>One row per group and bucket, groups in order and each group's buckets in time order.</summary>
    public static StatisticsTable<TRow> PerBucket(StatisticsRequest request,
        Func<StatisticsGroup, StatisticsSpan, TRow> row)
    {
        request.CheckRows(request.Groups.Count * request.Period.Buckets.Count);
        return new(request, [.. request.Groups.SelectMany(g => request.Period.Buckets.Select(span => row(g, span)))]);
    }

    /// <summary>One row per group for figures that stand at the end of the period, not per bucket: each row's span is
    /// the whole period.</summary>
    public static StatisticsTable<TRow> AtEnd(StatisticsRequest request,
        Func<StatisticsGroup, StatisticsSpan, TRow> row)
    {
        request.CheckRows(request.Groups.Count);
        return new(request, [.. request.Groups.Select(g => row(g, request.WholePeriod))]);
    }

    /// <summary>The row a figure of <paramref name="day"/> lands in (any day, for a table at the end of the period),
    /// or null when it is not counted here.</summary>
    public TRow? At(DateOnly? day, long? unit = null, long? grid = null, long? person = null)
    {
        if (request.GroupOf(unit, grid, person) is not { } group) return null;
        if (day is null) return cells.GetValueOrDefault((group, 0));
        return request.Period.BucketOf(day.Value) is { } span ? cells.GetValueOrDefault((group, span.Index)) : null;
    }
}

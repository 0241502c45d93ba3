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
    /// <summary>Each group's rows by bucket index. The groups are the request's own instances: found by reference, as
    /// hashing a group's names for each of a city's office-days cost more than the rest of the fold.</summary>
    private readonly Dictionary<StatisticsGroup, TRow[]> cells;

    private StatisticsTable(StatisticsRequest request, IReadOnlyList<TRow> rows)
    {
        this.request = request;
        Rows = rows;
        IEqualityComparer<StatisticsGroup> byReference = ReferenceEqualityComparer.Instance;
        cells = rows.GroupBy(r => r.Group, byReference)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Span.Index).ToArray(), byReference);
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
        if (!cells.TryGetValue(group, out var rows)) return null;
        if (day is null) return rows[0];
        return request.Period.BucketOf(day.Value) is { } span && span.Index < rows.Length ? rows[span.Index] : null;
    }
}

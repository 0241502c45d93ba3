namespace Gateway.Api.Statistics;

/// <summary>A row some of whose counts may come back hidden by <see cref="SmallCellSuppression"/>.</summary>
public interface ISuppressibleRow
{
    /// <summary>Whether any figure of the row was hidden.</summary>
    bool Suppressed { get; set; }
}

/// <summary>One count of a row that small-cell suppression guards: how to read it, how to hide it (with any sum that
/// would give it away), and whether the buckets of a group add up to a coarser bucket (events do; figures that stand
/// on a day, like informants on file, do not).</summary>
public sealed record SuppressedCount<TRow>(Func<TRow, int> Read, Action<TRow> Hide, bool AddsUpOverBuckets);

/// <summary>
/// Small-cell suppression (小数抑制): a count from 1 to k − 1 could point at a few people, so it comes back hidden.
/// Hiding one cell is not enough when the caller can read a total it belongs to: the cells of one bucket across the
/// groups add up to the SCOPE row of that bucket, and a group's buckets (of a count that adds up over time) to a
/// coarser bucket, so a line of cells with exactly one hidden would give it back by subtraction. Such a line has its
/// smallest cell still shown hidden as well (the complementary cell), over and over until every line with a hidden
/// cell has at least two. Zero is never hidden for itself.
/// </summary>
public static class SmallCellSuppression
{
    /// <summary>Which cells of <paramref name="counts"/> [group, bucket] to hide with threshold
    /// <paramref name="threshold"/> (k; below 2 hides nothing).</summary>
    public static bool[,] Hidden(int[,] counts, int threshold, bool addsUpOverBuckets)
    {
        var (groups, buckets) = (counts.GetLength(0), counts.GetLength(1));
        var hidden = new bool[groups, buckets];
        for (var g = 0; g < groups; g++)
            for (var b = 0; b < buckets; b++)
                hidden[g, b] = counts[g, b] > 0 && counts[g, b] < threshold;

        var lines = new List<(int Group, int Bucket)[]>();
        if (groups > 1)
            for (var b = 0; b < buckets; b++)
                lines.Add([.. Enumerable.Range(0, groups).Select(g => (g, b))]);
        if (addsUpOverBuckets && buckets > 1)
            for (var g = 0; g < groups; g++)
                lines.Add([.. Enumerable.Range(0, buckets).Select(b => (g, b))]);

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(c => hidden[c.Group, c.Bucket]) != 1) continue;
                var (group, bucket) = line.Where(c => !hidden[c.Group, c.Bucket])
                    .MinBy(c => counts[c.Group, c.Bucket]);
                hidden[group, bucket] = changed = true;
            }
        }
        return hidden;
    }

    /// <summary>Hides the small cells of <paramref name="rows"/>, made by <see cref="StatisticsTable{TRow}"/> (each
    /// group's buckets in order, group after group), count by count, and marks the rows that lost a figure.</summary>
    public static void Apply<TRow>(IReadOnlyList<TRow> rows, StatisticsRequest request, int threshold,
        params SuppressedCount<TRow>[] counts) where TRow : StatisticsRow, ISuppressibleRow
    {
        var (groups, buckets) = (request.Groups.Count, request.Period.Buckets.Count);
        foreach (var count in counts)
        {
            var cells = new int[groups, buckets];
            for (var i = 0; i < rows.Count; i++) cells[i / buckets, i % buckets] = count.Read(rows[i]);
            var hidden = Hidden(cells, threshold, count.AddsUpOverBuckets);
            for (var i = 0; i < rows.Count; i++)
            {
                if (!hidden[i / buckets, i % buckets]) continue;
                count.Hide(rows[i]);
                rows[i].Suppressed = true;
            }
        }
    }
}

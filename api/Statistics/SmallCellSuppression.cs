namespace Gateway.Api.Statistics;

/// <summary>
/// Small-cell suppression (小数抑制) over a table whose cells are tied by lines: in a line, one cell is the sum of the
/// others, so whoever can read all but one of its cells can give that one back by subtraction. A count from 1 to
/// k − 1 could point at the few people behind it and is hidden, and so is every cell withheld for another reason.
/// A line with exactly one hidden cell would give it back, so its smallest shown cell is hidden as well (the
/// complementary cell; a non-zero one first, as a zero is often known to be zero anyway), over and over until no line
/// holds exactly one hidden cell. Lines are visited in the order given, so the same table always hides the same cells.
/// </summary>
public static class SmallCellSuppression
{
    /// <summary>Which of <paramref name="counts"/> to hide with threshold <paramref name="threshold"/> (k; below 2
    /// hides no count for itself) and the cells <paramref name="withheld"/> hidden whatever they hold.</summary>
    public static bool[] Hidden(IReadOnlyList<int> counts, IEnumerable<int[]> lines, int threshold,
        IReadOnlyList<bool>? withheld = null) =>
        Hidden(counts, SuppressionLines.Of(lines), threshold, withheld);

    /// <summary>The same over lines laid out flat, as a table of tens of thousands of cells needs them.</summary>
    public static bool[] Hidden(IReadOnlyList<int> counts, SuppressionLines lines, int threshold,
        IReadOnlyList<bool>? withheld = null)
    {
        var values = counts as int[] ?? [.. counts];
        var hidden = new bool[values.Length];
        var anyHidden = false;
        for (var cell = 0; cell < values.Length; cell++)
            anyHidden |= hidden[cell] = withheld?[cell] == true || (values[cell] > 0 && values[cell] < threshold);
        // No line can hold exactly one hidden cell when none is hidden: a year without small counts costs one pass.
        if (!anyHidden) return hidden;

        var (starts, cells) = (lines.Starts, lines.Cells);
        for (var changed = true; changed;)
        {
            changed = false;
            for (var line = 0; line < lines.Count; line++)
            {
                var (hiddenInLine, complement) = (0, -1);
                for (var i = starts[line]; i < starts[line + 1]; i++)
                {
                    var cell = cells[i];
                    if (hidden[cell]) hiddenInLine++;
                    else if (complement < 0 || Smaller(cell, complement)) complement = cell;
                }
                if (hiddenInLine != 1 || complement < 0) continue;
                hidden[complement] = changed = true;
            }
        }
        return hidden;

        bool Smaller(int cell, int than) => values[cell] > 0 != values[than] > 0
            ? values[cell] > 0
            : values[cell] < values[than];
    }
}

/// <summary>Lines of cells laid out flat: line i is <c>Cells[Starts[i]..Starts[i + 1]]</c>, so a table's lines are
/// two arrays however many they are.</summary>
public sealed class SuppressionLines
{
    private SuppressionLines(int[] starts, int[] cells, int count) => (Starts, Cells, Count) = (starts, cells, count);

    /// <summary>Lines from their starts in <paramref name="cells"/>, followed by the end of the last.</summary>
    public SuppressionLines(int[] starts, int[] cells) : this(starts, cells, starts.Length - 1) { }

    public int[] Starts { get; }
    public int[] Cells { get; }
    public int Count { get; }

    public static SuppressionLines Of(IEnumerable<int[]> lines)
    {
        var (starts, cells) = (new List<int> { 0 }, new List<int>());
        foreach (var line in lines)
        {
            cells.AddRange(line);
            starts.Add(cells.Count);
        }
        return new([.. starts], [.. cells], starts.Count - 1);
    }

    /// <summary>The first <paramref name="count"/> lines only.</summary>
    public SuppressionLines First(int count) => new(Starts, Cells, Math.Min(count, Count));
}

using Gateway.Api.Statistics;

namespace Gateway.Api.Tests.Statistics;

/// <summary>Small-cell suppression on hand-made tables whose lines each hold a total and its parts, k = 5.</summary>
public sealed class SmallCellSuppressionTests
{
    private static string Shown(int[] counts, int[][] lines, int threshold = 5, bool[]? withheld = null)
    {
        var hidden = SmallCellSuppression.Hidden(counts, lines, threshold, withheld);
        return string.Join(" ", counts.Select((count, cell) => hidden[cell] ? "x" : count.ToString()));
    }

    /// <summary>A grid of [row, column] cells with each row's total after its cells, then a row of column totals
    /// and the grand total: lines are the rows and the columns.</summary>
    private static (int[] Counts, int[][] Lines) Grid(int[,] cells)
    {
        var (rows, columns) = (cells.GetLength(0), cells.GetLength(1));
        var width = columns + 1;
        var counts = new int[(rows + 1) * width];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                counts[r * width + c] = cells[r, c];
                counts[r * width + columns] += cells[r, c];
                counts[rows * width + c] += cells[r, c];
                counts[rows * width + columns] += cells[r, c];
            }
        var lines = Enumerable.Range(0, rows + 1).Select(r => Enumerable.Range(0, width).Select(c => r * width + c)
                .Prepend(r * width + columns).Take(width).ToArray())
            .Concat(Enumerable.Range(0, width).Select(c => Enumerable.Range(0, rows + 1)
                .Select(r => r * width + c).Prepend(rows * width + c).Take(rows + 1).ToArray()))
            .ToArray();
        return (counts, lines);
    }

    [Fact]
    public void A_small_cell_takes_the_smallest_shown_cell_of_its_line_with_it()
    {
        Assert.Equal("x x 12 25", Shown([3, 10, 12, 25], [[3, 0, 1, 2]]));
        Assert.Equal("x x 50 93", Shown([3, 40, 50, 93], [[3, 0, 1, 2]]));
    }

    [Fact]
    public void Zero_is_shown_and_taken_as_a_complement_only_when_no_other_cell_is_left()
    {
        Assert.Equal("x 0 x 13", Shown([3, 0, 10, 13], [[3, 0, 1, 2]]));
        Assert.Equal("0 5 9 14", Shown([0, 5, 9, 14], [[3, 0, 1, 2]]));
        Assert.Equal("x 0 x", Shown([0, 0, 0], [[2, 0, 1]], withheld: [true, false, false]));
    }

    [Fact]
    public void Two_small_cells_in_a_line_protect_each_other()
    {
        Assert.Equal("x x 30 35", Shown([1, 4, 30, 35], [[3, 0, 1, 2]]));
    }

    [Fact]
    public void In_a_grid_every_row_and_column_ends_with_none_or_at_least_two_hidden()
    {
        var (counts, lines) = Grid(new[,] { { 2, 6, 50 }, { 40, 6, 7 }, { 40, 50, 60 } });
        var hidden = SmallCellSuppression.Hidden(counts, lines, 5);
        Assert.True(hidden[0]);
        foreach (var line in lines) Assert.NotEqual(1, line.Count(cell => hidden[cell]));
        // The 2 is alone in its row and its column at first: each takes a complement, and no total is hidden when
        // a smaller cell can go instead.
        Assert.Equal("x x 50 58 | x x 7 53 | 40 50 60 150 | 82 62 117 261", string.Join(" | ",
            counts.Chunk(4).Select((row, r) => string.Join(" ", row.Select((count, c) =>
                hidden[r * 4 + c] ? "x" : count.ToString())))));
    }

    [Fact]
    public void A_withheld_cell_is_hidden_whatever_it_holds_and_needs_a_complement_like_a_small_one()
    {
        Assert.Equal("x 40 50 x", Shown([7, 40, 50, 97], [[3, 0, 1, 2]], withheld: [false, false, false, true]));
        // A quarter and its month not yet over hide each other: the months that are over cost nothing.
        Assert.Equal("x 7 6 x", Shown([20, 7, 6, 7], [[0, 1, 2, 3]], withheld: [true, false, false, true]));
        // A complement is a cell of other lines too, and they take complements in turn.
        Assert.Equal("x 40 x x", Shown([7, 40, 50, 97], [[3, 0, 1, 2], [2, 3]],
            withheld: [false, false, true, false]));
    }

    [Fact]
    public void A_threshold_below_two_hides_no_count_for_itself()
    {
        Assert.Equal("3 1 4", Shown([3, 1, 4], [[2, 0, 1]], threshold: 0));
        Assert.Equal("3 1 4", Shown([3, 1, 4], [[2, 0, 1]], threshold: 1));
    }
}

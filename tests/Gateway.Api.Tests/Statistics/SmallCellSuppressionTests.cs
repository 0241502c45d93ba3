using Gateway.Api.Statistics;

namespace Gateway.Api.Tests.Statistics;

/// <summary>Small-cell suppression on hand-made tables of [group, bucket] counts, k = 5.</summary>
public sealed class SmallCellSuppressionTests
{
    private static string Shown(int[,] counts, bool addsUpOverBuckets = true, int threshold = 5)
    {
        var hidden = SmallCellSuppression.Hidden(counts, threshold, addsUpOverBuckets);
        return string.Join(" | ", Enumerable.Range(0, counts.GetLength(0)).Select(g => string.Join(" ",
            Enumerable.Range(0, counts.GetLength(1)).Select(b => hidden[g, b] ? "x" : counts[g, b].ToString()))));
    }

    [Fact]
    public void A_small_cell_takes_the_smallest_of_its_group_and_of_its_bucket_with_it_until_no_line_has_one()
    {
        // The 3 is hidden; its group's next smallest (10) goes so the group's total cannot give it back, and in each of
        // their buckets the other group's cell goes too; the second group then has two hidden and is safe.
        Assert.Equal("x x 12 | x x 20", Shown(new[,] { { 3, 10, 12 }, { 20, 20, 20 } }));
    }

    [Fact]
    public void Zero_and_counts_of_k_or_more_are_shown_and_two_small_cells_in_a_line_protect_each_other()
    {
        Assert.Equal("0 5 9 | 7 0 6", Shown(new[,] { { 0, 5, 9 }, { 7, 0, 6 } }));
        // Both small cells sit in one group, so its total gives neither back; each bucket's total would, so each takes
        // the other group's cell of its bucket.
        Assert.Equal("x x 30 | x x 60", Shown(new[,] { { 1, 4, 30 }, { 40, 50, 60 } }));
        Assert.Equal("x x 30", Shown(new[,] { { 1, 4, 30 } }));
    }

    [Fact]
    public void Figures_that_do_not_add_up_over_buckets_are_protected_only_against_the_scope_total()
    {
        // On file at each bucket's end: a coarser bucket is not their sum, so only the buckets' columns count.
        Assert.Equal("x 8 9 | x 8 9", Shown(new[,] { { 2, 8, 9 }, { 6, 8, 9 } }, addsUpOverBuckets: false));
        Assert.Equal("x x 9 | x x 9", Shown(new[,] { { 2, 8, 9 }, { 6, 8, 9 } }, addsUpOverBuckets: true));
    }

    [Fact]
    public void A_single_cell_stands_for_its_own_total_and_a_threshold_below_two_hides_nothing()
    {
        Assert.Equal("x", Shown(new[,] { { 3 } }));
        Assert.Equal("3 1 | 0 7", Shown(new[,] { { 3, 1 }, { 0, 7 } }, threshold: 0));
        Assert.Equal("3 1 | 0 7", Shown(new[,] { { 3, 1 }, { 0, 7 } }, threshold: 1));
    }

    [Fact]
    public void A_complement_can_start_a_chain_that_ends_stable()
    {
        // The 2 pulls the first 40 below it and the 6 beside it; the 40's group then holds one hidden cell and gives
        // up its 6, which also pairs the 6 above; every line with a hidden cell now holds two.
        var shown = Shown(new[,] { { 2, 6, 50 }, { 40, 6, 7 }, { 40, 50, 60 } });
        Assert.Equal("x x 50 | x x 7 | 40 50 60", shown);
        var hidden = SmallCellSuppression.Hidden(new[,] { { 2, 6, 50 }, { 40, 6, 7 }, { 40, 50, 60 } }, 5, true);
        for (var i = 0; i < 3; i++)
        {
            var inGroup = Enumerable.Range(0, 3).Count(b => hidden[i, b]);
            var inBucket = Enumerable.Range(0, 3).Count(g => hidden[g, i]);
            Assert.NotEqual(1, inGroup);
            Assert.NotEqual(1, inBucket);
        }
    }
}

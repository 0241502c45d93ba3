using Gateway.Api.Statistics;

namespace Gateway.Api.Tests.Statistics;

public sealed class StatisticsPeriodTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void A_period_counts_the_whole_county_days_it_touches()
    {
        var period = StatisticsPeriod.Checked(new DateTimeOffset(2026, 10, 3, 15, 30, 0, China),
            new DateTimeOffset(2026, 10, 5, 0, 0, 0, China), StatisticsBucket.Day);
        Assert.Equal((new DateOnly(2026, 10, 3), new DateOnly(2026, 10, 5)), (period.FirstDay, period.EndDay));

        // 16:00 UTC is midnight in the county: a `to` there ends the day before, one minute later takes the next day.
        var atMidnight = StatisticsPeriod.Checked(new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), StatisticsBucket.Month);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1)), (atMidnight.FirstDay, atMidnight.EndDay));
        var past = StatisticsPeriod.Checked(new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 31, 16, 1, 0, TimeSpan.Zero), StatisticsBucket.Month);
        Assert.Equal(new DateOnly(2026, 11, 2), past.EndDay);
    }

    [Theory]
    [InlineData(StatisticsBucket.Day, 45)]
    [InlineData(StatisticsBucket.Week, 8)]
    [InlineData(StatisticsBucket.Month, 3)]
    [InlineData(StatisticsBucket.Quarter, 2)]
    [InlineData(StatisticsBucket.Year, 1)]
    public void Buckets_follow_the_calendar_and_are_cut_by_the_period(StatisticsBucket bucket, int expected)
    {
        // 2026-09-20 (a Sunday) to 2026-11-04, end excluded: 45 days.
        var period = StatisticsPeriod.Checked(new DateTimeOffset(2026, 9, 20, 0, 0, 0, China),
            new DateTimeOffset(2026, 11, 4, 0, 0, 0, China), bucket);
        Assert.Equal(expected, period.Buckets.Count);
        Assert.Equal(45, period.Buckets.Sum(b => b.Days));
        Assert.Equal(period.FirstDay, period.Buckets[0].First);
        Assert.Equal(period.EndDay, period.Buckets[^1].End);
        for (var day = period.FirstDay; day < period.EndDay; day = day.AddDays(1))
        {
            var span = period.BucketOf(day)!;
            Assert.True(span.First <= day && day < span.End, $"{day} in {span}");
        }
        Assert.Null(period.BucketOf(period.EndDay));
        Assert.Null(period.BucketOf(period.FirstDay.AddDays(-1)));
    }

    [Fact]
    public void Bucket_starts_are_calendar_starts_even_when_the_period_cuts_them()
    {
        var period = StatisticsPeriod.Checked(new DateTimeOffset(2026, 9, 20, 0, 0, 0, China),
            new DateTimeOffset(2026, 11, 4, 0, 0, 0, China), StatisticsBucket.Week);
        Assert.Equal(new DateOnly(2026, 9, 14), period.Buckets[0].Start);
        Assert.Equal(DayOfWeek.Monday, period.Buckets[1].Start.DayOfWeek);
        var quarters = StatisticsPeriod.Checked(new DateTimeOffset(2026, 9, 20, 0, 0, 0, China),
            new DateTimeOffset(2026, 11, 4, 0, 0, 0, China), StatisticsBucket.Quarter);
        Assert.Equal([new DateOnly(2026, 7, 1), new DateOnly(2026, 10, 1)], quarters.Buckets.Select(b => b.Start));
    }

    [Fact]
    public void An_empty_backwards_or_overlong_period_is_refused()
    {
        var start = new DateTimeOffset(2026, 10, 1, 0, 0, 0, China);
        foreach (var (from, to) in new[] { (start, start), (start, start.AddDays(-1)), (start, start.AddYears(4)) })
        {
            var error = Assert.Throws<global::GraphQL.ExecutionError>(() =>
                StatisticsPeriod.Checked(from, to, StatisticsBucket.Month));
            Assert.Equal(StatisticsPeriod.BadPeriod, error.Code);
        }
    }
}

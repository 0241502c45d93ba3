namespace Gateway.Api.Statistics;

/// <summary>How figures that stand on a date, and rates, are read the same way across statistics.</summary>
public static class StatisticsFigures
{
    /// <summary>The day a figure that stands "as of" a bucket is read on: the bucket's last day, or today when that
    /// is later; null for a bucket that starts after today, which counts nothing that has not happened.</summary>
    public static DateOnly? AsOf(StatisticsSpan span, DateOnly today) =>
        span.First > today ? null : span.Last < today ? span.Last : today;

    /// <summary><paramref name="part"/> of <paramref name="whole"/>, 0–1 to four places; null when the whole is
    /// 0.</summary>
    public static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}

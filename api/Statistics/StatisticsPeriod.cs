using Gateway.Api.Data;
using GraphQL;

namespace Gateway.Api.Statistics;

/// <summary>How a period is cut into rows: calendar units of Asia/Shanghai; weeks run Monday to Sunday.</summary>
public enum StatisticsBucket { Day, Week, Month, Quarter, Year }

/// <summary>One bucket of a period: <see cref="Start"/> is where the calendar unit begins (a Monday, a month's first
/// day …); <see cref="First"/>–<see cref="End"/> (end exclusive) is the part of it the period covers.</summary>
public sealed record StatisticsSpan(int Index, DateOnly Start, DateOnly First, DateOnly End)
{
    public int Days => End.DayNumber - First.DayNumber;

    /// <summary>The last county day counted.</summary>
    public DateOnly Last => End.AddDays(-1);
}

/// <summary>
/// The county days a statistic counts, cut into buckets. Figures are kept per county day, so a period counts the
/// whole days that [from, to) touches: <c>from</c> is taken back to its day's start and <c>to</c> on to the next
/// day's start unless it is one already. The answer's <c>period</c> says what was counted.
/// </summary>
public sealed class StatisticsPeriod
{
    public const int MaxDays = 3 * 366;
    public const string BadPeriod = "BAD_PERIOD";

    /// <summary>Each day's bucket: figures are folded in day by day, thousands of them a statistic, and each day's
    /// bucket is looked up rather than worked out from the calendar.</summary>
    private readonly StatisticsSpan[] bucketOfDay;

    private StatisticsPeriod(DateOnly firstDay, DateOnly endDay, StatisticsBucket bucket)
    {
        (FirstDay, EndDay, Bucket) = (firstDay, endDay, bucket);
        var spans = new List<StatisticsSpan>();
        for (var start = StartOf(firstDay, bucket); start < endDay; start = Next(start, bucket))
        {
            var first = start < firstDay ? firstDay : start;
            var end = Next(start, bucket) > endDay ? endDay : Next(start, bucket);
            spans.Add(new StatisticsSpan(spans.Count, start, first, end));
        }
        Buckets = spans;
        bucketOfDay = new StatisticsSpan[endDay.DayNumber - firstDay.DayNumber];
        foreach (var span in spans)
            Array.Fill(bucketOfDay, span, span.First.DayNumber - firstDay.DayNumber, span.Days);
    }

    public DateOnly FirstDay { get; }

    /// <summary>The day after the last day counted.</summary>
    public DateOnly EndDay { get; }

    public StatisticsBucket Bucket { get; }
    public IReadOnlyList<StatisticsSpan> Buckets { get; }
    public int Days => EndDay.DayNumber - FirstDay.DayNumber;

    /// <summary>The UTC instant the first day starts.</summary>
    public DateTime StartUtc => CountyCalendar.StartOf(FirstDay);

    /// <summary>The UTC instant the period ends.</summary>
    public DateTime EndUtc => CountyCalendar.StartOf(EndDay);

    /// <summary>The period asked for, or a request error saying why it cannot be counted.</summary>
    public static StatisticsPeriod Checked(DateTimeOffset from, DateTimeOffset to, StatisticsBucket bucket)
    {
        if (to <= from)
            throw new ExecutionError("`to` must come after `from`: the period is half-open, [from, to).")
            {
                Code = BadPeriod,
            };
        var firstDay = CountyCalendar.DayOf(from);
        var lastDay = CountyCalendar.DayOf(to);
        var endDay = CountyCalendar.StartOf(lastDay) == to.UtcDateTime ? lastDay : lastDay.AddDays(1);
        if (endDay.DayNumber - firstDay.DayNumber > MaxDays)
            throw new ExecutionError($"A period covers at most {MaxDays} days; ask for a longer one in parts.")
            {
                Code = BadPeriod,
            };
        return new StatisticsPeriod(firstDay, endDay, bucket);
    }

    /// <summary>The bucket a county day falls in, or null outside the period.</summary>
    public StatisticsSpan? BucketOf(DateOnly day) =>
        day >= FirstDay && day < EndDay ? bucketOfDay[day.DayNumber - FirstDay.DayNumber] : null;

    /// <summary>Whether every bucket is made of whole calendar months, so monthly figures can serve it wherever a
    /// month lies wholly inside the period.</summary>
    public bool BucketsHoldWholeMonths => Bucket is StatisticsBucket.Month or StatisticsBucket.Quarter
        or StatisticsBucket.Year;

    /// <summary>Whether every bucket is a whole calendar unit: the period starts and ends on the buckets'
    /// boundaries.</summary>
    public bool BucketsAreWhole =>
        Buckets.All(span => span.First == span.Start && span.End == Next(span.Start, Bucket));

    public static DateOnly StartOf(DateOnly day, StatisticsBucket bucket) => bucket switch
    {
        StatisticsBucket.Day => day,
        StatisticsBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        StatisticsBucket.Month => new DateOnly(day.Year, day.Month, 1),
        StatisticsBucket.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        _ => new DateOnly(day.Year, 1, 1),
    };

    private static DateOnly Next(DateOnly start, StatisticsBucket bucket) => bucket switch
    {
        StatisticsBucket.Day => start.AddDays(1),
        StatisticsBucket.Week => start.AddDays(7),
        _ => start.AddMonths(MonthsIn(bucket)),
    };

    private static int MonthsIn(StatisticsBucket bucket) => bucket switch
    {
        StatisticsBucket.Month => 1,
        StatisticsBucket.Quarter => 3,
        _ => 12,
    };
}

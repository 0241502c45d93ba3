namespace Gateway.Api.DemoData;

/// <summary>Small helpers over <see cref="Random"/> so the demo parts read as intent rather than arithmetic.</summary>
internal static class DemoRandom
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Splits <paramref name="total"/> into at most <paramref name="parts"/> positive counts.</summary>
    public static int[] Split(this Random random, int total, int parts)
    {
        var counts = new int[Math.Min(parts, total)];
        Array.Fill(counts, 1);
        for (var rest = total - counts.Length; rest > 0; rest--) counts[random.Next(counts.Length)]++;
        return counts;
    }

    /// <summary>A day from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static DateOnly DayBetween(this Random random, DateOnly first, DateOnly last) =>
        first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));

    /// <summary>A moment from <paramref name="from"/> to <paramref name="to"/>, in whole minutes after
    /// <paramref name="from"/>.</summary>
    public static DateTime Between(this Random random, DateTime from, DateTime to) =>
        from.AddMinutes(random.Next((int)(to - from).TotalMinutes));

    /// <summary>A moment between 08:30 and 17:30 local time, when offices work.</summary>
    public static DateTime DuringOfficeHours(this Random random, DateOnly day) =>
        DemoCalendar.AtLocal(day, new TimeOnly(8, 30).AddMinutes(random.Next(9 * 60)));

    /// <summary>A moment during office hours, whole days after <paramref name="after"/>.</summary>
    public static DateTime DaysLater(this Random random, DateTime after, int minDays, int maxDays) =>
        random.DuringOfficeHours(DemoCalendar.LocalDay(after).AddDays(random.Next(minDays, maxDays + 1)));

    /// <summary>A score with one decimal place, as the assessment forms record it.</summary>
    public static decimal Score(this Random random, int min, int max) =>
        decimal.Round(min + (max - min) * (decimal)random.NextDouble(), 1);
}

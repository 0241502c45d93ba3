namespace Gateway.Api.Data;

/// <summary>
/// Calendar days as the county keeps them: Asia/Shanghai, UTC+8 all year (China keeps no daylight saving). Postings,
/// leave, duty shifts and quotas are all counted in these days.
/// </summary>
public static class CountyCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The county's calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The county's calendar day of a time stored or received in UTC.</summary>
    public static DateOnly DayOf(DateTime instant) => DateOnly.FromDateTime(instant.ToUniversalTime() + Offset);

    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>The UTC instant the county's calendar day <paramref name="day"/> starts: 00:00 in
    /// Asia/Shanghai.</summary>
    public static DateTime StartOf(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}

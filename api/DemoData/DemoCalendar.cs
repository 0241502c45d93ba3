using Gateway.Api.Data;

namespace Gateway.Api.DemoData;

/// <summary>The demo county's fixed "today": the data never depends on when it is seeded, so tests can count on
/// it.</summary>
internal static class DemoCalendar
{
    public static readonly DateOnly Today = new(2026, 10, 31);

    /// <summary>18:00 local time on <see cref="Today"/>; nothing in the demo happens later.</summary>
    public static readonly DateTime Now = AtLocal(Today, new TimeOnly(18, 0));

    /// <summary>Field work covers the 92 days from 1 August to <see cref="Today"/>.</summary>
    public static readonly IReadOnlyList<DateOnly> FieldWorkDays =
        Enumerable.Range(0, 92).Select(offset => Today.AddDays(offset - 91)).ToList();

    /// <summary>The UTC instant of a local (UTC+8, no daylight saving) wall-clock time.</summary>
    public static DateTime AtLocal(DateOnly day, TimeOnly time) =>
        DateTime.SpecifyKind(day.ToDateTime(time) - CountyCalendar.Offset, DateTimeKind.Utc);

    public static DateOnly LocalDay(DateTime utc) => CountyCalendar.DayOf(utc);

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

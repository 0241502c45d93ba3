using Microsoft.Extensions.Options;

namespace Gateway.Api.Data;

/// <summary>
/// Configuration of the county's working days (<c>Calendar</c> section): public holidays that fall on weekdays, and
/// the Saturdays and Sundays worked to make up for them (调休). The State Council publishes each year's arrangement;
/// the bureau keeps these lists current.
/// </summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>Days off although they may be weekdays.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Saturdays and Sundays that are working days (make-up days, 调休上班).</summary>
    public List<DateOnly> WorkingWeekendDays { get; set; } = [];
}

/// <summary>
/// Working days as the county keeps them: Monday to Friday, except the configured holidays, plus the configured
/// make-up weekend days. Time limits counted in working days (a request's deadline) count these.
/// </summary>
public sealed class WorkingDayCalendar(IOptions<CalendarOptions> options)
{
    private readonly HashSet<DateOnly> holidays = [.. options.Value.Holidays];
    private readonly HashSet<DateOnly> workingWeekendDays = [.. options.Value.WorkingWeekendDays];

    public bool IsWorkingDay(DateOnly day) =>
        workingWeekendDays.Contains(day)
        || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day));

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="day"/>; the day itself for
    /// none.</summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) workingDays--;
        }
        return day;
    }

    /// <summary>The last instant (UTC) of the county's calendar day <paramref name="day"/>: 23:59:59 in
    /// Asia/Shanghai.</summary>
    public static DateTime EndOfDay(DateOnly day) => CountyCalendar.StartOf(day.AddDays(1)).AddSeconds(-1);
}

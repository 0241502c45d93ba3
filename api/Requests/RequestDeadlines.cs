using Gateway.Api.Data;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Requests;

/// <summary>A request's deadline from its kind's configured time limit, counted in the county's working
/// days.</summary>
public sealed class RequestDeadlines(IOptions<RequestOptions> options, WorkingDayCalendar calendar)
{
    public int TimeLimitOf(RequestKind kind) => options.Value.TimeLimits[kind];

    /// <summary>The end of the kind's last working day counted from the day of diversion.</summary>
    public DateTime DeadlineOf(RequestKind kind, DateTime divertedAt) =>
        WorkingDayCalendar.EndOfDay(calendar.AddWorkingDays(CountyCalendar.DayOf(divertedAt), TimeLimitOf(kind)));

    /// <summary>The deadline moved on by <paramref name="workingDays"/> working days.</summary>
    public DateTime Extended(DateTime deadline, int workingDays) =>
        WorkingDayCalendar.EndOfDay(calendar.AddWorkingDays(CountyCalendar.DayOf(deadline), workingDays));
}

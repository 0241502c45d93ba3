using Gateway.Api.Data;
using Gateway.Api.Requests;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Tests.Requests;

/// <summary>Deadlines counted in working days across weekends, configured holidays and make-up working days, ending
/// at the end of the county's day (UTC+8).</summary>
public sealed class WorkingDayDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = new(Options.Create(new CalendarOptions
    {
        Holidays = [.. Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day))],
        WorkingWeekendDays = [new(2026, 9, 20), new(2026, 10, 10)],
    }));

    private static readonly RequestDeadlines Deadlines = new(Options.Create(new RequestOptions
    {
        TimeLimits = new()
        {
            [RequestKind.Consultation] = 3, [RequestKind.Appeal] = 5, [RequestKind.Complaint] = 13,
            [RequestKind.Report] = 13, [RequestKind.MajorEmergency] = 0,
        },
    }), Calendar);

    [Theory]
    [InlineData("2026-10-03", false)] // Saturday in the holiday
    [InlineData("2026-10-05", false)] // Monday in the holiday
    [InlineData("2026-10-10", true)]  // make-up Saturday
    [InlineData("2026-10-11", false)] // ordinary Sunday
    [InlineData("2026-09-20", true)]  // make-up Sunday
    [InlineData("2026-10-12", true)]  // ordinary Monday
    public void Holidays_and_make_up_days_override_the_week(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(day)));

    [Theory]
    [InlineData("2026-11-05", 3, "2026-11-10")] // Thursday: Friday, Monday, Tuesday
    [InlineData("2026-11-07", 3, "2026-11-11")] // from a Saturday: Monday to Wednesday
    [InlineData("2026-09-29", 3, "2026-10-09")] // Tuesday before the holiday: Wednesday, then 8 and 9 October
    [InlineData("2026-09-30", 2, "2026-10-09")] // the holiday week counts for nothing
    [InlineData("2026-10-09", 1, "2026-10-10")] // the make-up Saturday counts
    [InlineData("2026-11-06", 0, "2026-11-06")]
    public void Working_days_skip_weekends_and_holidays(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(from), days));

    [Fact]
    public void A_deadline_ends_with_the_county_day_of_its_last_working_day()
    {
        // Diverted 01:30 on Friday 6 November in the county (17:30 UTC the day before).
        var divertedAt = new DateTime(2026, 11, 5, 17, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2026, 11, 11, 15, 59, 59, DateTimeKind.Utc),
            Deadlines.DeadlineOf(RequestKind.Consultation, divertedAt));
        Assert.Equal(new DateTime(2026, 11, 6, 15, 59, 59, DateTimeKind.Utc),
            Deadlines.DeadlineOf(RequestKind.MajorEmergency, divertedAt));
        // 13 working days from Friday 25 September: 28–30 September, 8–10 October (the 10th a make-up Saturday), then
        // 12–16 and 19–20 October.
        Assert.Equal(new DateTime(2026, 10, 20, 15, 59, 59, DateTimeKind.Utc),
            Deadlines.DeadlineOf(RequestKind.Complaint, new DateTime(2026, 9, 25, 2, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void An_extension_moves_the_deadline_by_working_days()
    {
        var friday = WorkingDayCalendar.EndOfDay(new DateOnly(2026, 11, 6));

        Assert.Equal(WorkingDayCalendar.EndOfDay(new DateOnly(2026, 11, 10)), Deadlines.Extended(friday, 2));
    }
}

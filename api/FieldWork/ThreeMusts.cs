using Gateway.Api.Data;
using Gateway.Api.Personnel;
using GraphQL;

namespace Gateway.Api.FieldWork;

/// <summary>County days (Asia/Shanghai) from <see cref="From"/> to <see cref="To"/>, both included, that a report
/// covers; at most <see cref="MaxDays"/>.</summary>
public sealed record CountyPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;
    public const string BadPeriod = "BAD_PERIOD";

    /// <summary>The period asked for, or a request error saying why it cannot be computed.</summary>
    public static CountyPeriod Checked(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ExecutionError("`to` must not be before `from`.") { Code = BadPeriod };
        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
            throw new ExecutionError($"A period covers at most {MaxDays} days; ask for a longer one in parts.")
            {
                Code = BadPeriod,
            };
        return new(from, to);
    }

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays);

    /// <summary>The UTC instant the first day starts.</summary>
    public DateTime StartUtc => CountyCalendar.StartOf(From);

    /// <summary>The UTC instant after the last day ends.</summary>
    public DateTime EndUtc => CountyCalendar.StartOf(To.AddDays(1));

    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>The Monday of the week (Monday to Sunday) of <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>
/// One person's "three musts" (三必) at one office over a period: every duty day against the residents to visit, every
/// week against the days with home or enterprise visits, every month against the special-group services — with what
/// was missed. Computed from active field work, postings and leave; never stored.
/// </summary>
public sealed record ThreeMustsReport(long PersonId, long UnitId, AssignmentRole Role, CountyPeriod Period,
    WorkTargetValues Targets, IReadOnlyList<VisitDay> Days, IReadOnlyList<VisitWeek> Weeks,
    IReadOnlyList<ServiceMonth> Months)
{
    /// <summary>The three musts bind the office's police officer; auxiliaries and grid workers are reported
    /// beside.</summary>
    public bool Binding => Role == AssignmentRole.OfficePolice;

    public IReadOnlyList<DateOnly> DaysMissed => [.. Days.Where(d => !d.Met).Select(d => d.Date)];
    public IReadOnlyList<DateOnly> WeeksMissed => [.. Weeks.Where(w => !w.Met).Select(w => w.Monday)];
    public IReadOnlyList<string> MonthsMissed => [.. Months.Where(m => !m.Met).Select(m => m.Month)];
    public double? DayRate => Rate(Days.Count, Days.Count(d => d.Met));
    public double? WeekRate => Rate(Weeks.Count, Weeks.Count(w => w.Met));
    public double? MonthRate => Rate(Months.Count, Months.Count(m => m.Met));

    internal static double? Rate(int all, int met) => all == 0 ? null : Math.Round((double)met / all, 4);
}

/// <summary>A duty day: residents visited against the day's target.</summary>
public sealed record VisitDay(DateOnly Date, int ResidentsVisited, int Target)
{
    public bool Met => ResidentsVisited >= Target;
}

/// <summary>A week (Monday to Sunday) with at least one duty day: the duty days with home or enterprise visits
/// against the target, scaled when the period or the posting cuts the week.</summary>
public sealed record VisitWeek(DateOnly Monday, int PostedDays, int DutyDays, int VisitDays, int Target)
{
    public bool Partial => PostedDays < 7;
    public bool Met => VisitDays >= Target;
}

/// <summary>A month with at least one duty day: special-group services, each to a resident, against the target,
/// scaled when the period or the posting cuts the month.</summary>
public sealed record ServiceMonth(DateOnly First, int PostedDays, int DutyDays, int Services, int Target)
{
    public string Month => First.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    public bool Partial => PostedDays < DateTime.DaysInMonth(First.Year, First.Month);
    public bool Met => Services >= Target;
}

/// <summary>An office's daily quotas (每日指标) over a period: population records entered and vehicles checked on each
/// day it was open, against its targets.</summary>
public sealed record DailyQuotasReport(long UnitId, CountyPeriod Period, WorkTargetValues Targets,
    IReadOnlyList<QuotaDay> Days)
{
    public IReadOnlyList<DateOnly> DaysMissed => [.. Days.Where(d => !d.Met).Select(d => d.Date)];
    public double? DayRate => ThreeMustsReport.Rate(Days.Count, Days.Count(d => d.Met));
}

/// <summary>An office's day against its quotas; a value, as a city's statistics fold tens of thousands a
/// request.</summary>
public readonly record struct QuotaDay(DateOnly Date, int PopulationRecords, int VehicleChecks,
    int PopulationRecordsTarget, int VehicleChecksTarget)
{
    public bool PopulationRecordsMet => PopulationRecords >= PopulationRecordsTarget;
    public bool VehicleChecksMet => VehicleChecks >= VehicleChecksTarget;
    public bool Met => PopulationRecordsMet && VehicleChecksMet;
}

/// <summary>An office's days against its daily quotas, added up over a stretch of them from <see cref="First"/>: what
/// statistics fold into their buckets.</summary>
public sealed class QuotaTally(long unitId, DateOnly first)
{
    public long UnitId => unitId;
    public DateOnly First => first;
    public int OfficeDays { get; set; }
    public int PopulationRecords { get; set; }
    public int VehicleChecks { get; set; }
    public int PopulationRecordsDaysMet { get; set; }
    public int VehicleChecksDaysMet { get; set; }
    /// <summary>Days meeting both quotas; null when the days' two counts were not set side by side.</summary>
    public int? DaysMet { get; set; }

    public void Add(QuotaDay day)
    {
        OfficeDays++;
        PopulationRecords += day.PopulationRecords;
        VehicleChecks += day.VehicleChecks;
        if (day.PopulationRecordsMet) PopulationRecordsDaysMet++;
        if (day.VehicleChecksMet) VehicleChecksDaysMet++;
        if (day.Met) DaysMet++;
    }
}

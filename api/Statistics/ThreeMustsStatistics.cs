using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Offices;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Statistics;

public sealed record ThreeMustsRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    private readonly HashSet<long> people = [];

    public int People => people.Count;
    public int DutyDays { get; set; }
    public int ResidentsVisited { get; set; }
    public int DaysMet { get; set; }
    public int DaysMissed => DutyDays - DaysMet;
    public double? DayRate => StatisticsFigures.Rate(DaysMet, DutyDays);
    public int Weeks { get; set; }
    public int WeeksMet { get; set; }
    public int WeeksMissed => Weeks - WeeksMet;
    public double? WeekRate => StatisticsFigures.Rate(WeeksMet, Weeks);
    public int Months { get; set; }
    public int MonthsMet { get; set; }
    public int MonthsMissed => Months - MonthsMet;
    public double? MonthRate => StatisticsFigures.Rate(MonthsMet, Months);

    public void AddDay(long personId, VisitDay day)
    {
        people.Add(personId);
        DutyDays++;
        ResidentsVisited += day.ResidentsVisited;
        if (day.Met) DaysMet++;
    }

    public void AddWeek(VisitWeek week)
    {
        Weeks++;
        if (week.Met) WeeksMet++;
    }

    public void AddMonth(ServiceMonth month)
    {
        Months++;
        if (month.Met) MonthsMet++;
    }
}

public sealed class ThreeMustsRowType : StatisticsRowType<ThreeMustsRow>
{
    public ThreeMustsRowType() : base("ThreeMustsRow",
        "The \"three musts\" (三必) of the people posted to the community police offices, as the three musts report "
        + "of field work computes them: each duty day against the residents to visit, each week against the days "
        + "with home or enterprise visits, each month against the special-group services. A duty day counts in its "
        + "bucket; a week in the bucket of its Monday (or of the period's first day, for a week the period cuts), a "
        + "month in the bucket of its first day (likewise). Days after today are not counted. A UNIT row sums the "
        + "people posted to the unit; a PERSON row one person at every office they were posted to.")
    {
        Field(r => r.People).Description("People with a duty day in the bucket.");
        Field(r => r.DutyDays).Description("Duty days (在岗日): posted, not on leave.");
        Field(r => r.ResidentsVisited).Description("Residents visited (走访群众) on those days.");
        Field(r => r.DaysMet).Description("Duty days meeting the residents-visited target (每日走访 20 人).");
        Field(r => r.DaysMissed).Description("Duty days missing it.");
        Field<FloatGraphType>("dayRate").Description("Days met ÷ duty days, 0–1; null without duty days.")
            .Resolve(ctx => ctx.Source.DayRate);
        Field(r => r.Weeks).Description("Weeks with a duty day (Monday to Sunday).");
        Field(r => r.WeeksMet).Description("Weeks meeting the visit-days target (每周 3 天入户走访企业、家庭), scaled "
            + "for a week the posting or the period cuts.");
        Field(r => r.WeeksMissed).Description("Weeks missing it.");
        Field<FloatGraphType>("weekRate").Description("Weeks met ÷ weeks, 0–1; null without weeks.")
            .Resolve(ctx => ctx.Source.WeekRate);
        Field(r => r.Months).Description("Months with a duty day.");
        Field(r => r.MonthsMet).Description("Months meeting the special-group services target (每月 10 次上门服务), "
            + "scaled for a month the posting or the period cuts.");
        Field(r => r.MonthsMissed).Description("Months missing it.");
        Field<FloatGraphType>("monthRate").Description("Months met ÷ months, 0–1; null without months.")
            .Resolve(ctx => ctx.Source.MonthRate);
    }
}

/// <summary>The three musts per person, unit or scope, folded from <see cref="ThreeMustsCalculator"/>'s reports of
/// one call over the whole period (never re-counted here): its queries, and one for the offices, whatever the
/// buckets.</summary>
public sealed class ThreeMustsStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings =
        [StatisticsGrouping.Scope, StatisticsGrouping.Unit, StatisticsGrouping.Person];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<ThreeMustsRowType>>>("threeMusts")
            .Description("The \"three musts\" (三必): duty days, weeks and months against the targets, met and "
                + "missed, with rates. Grouped by SCOPE, UNIT or PERSON; may be narrowed to a person.")
            .Argument<NonNullGraphType<BooleanGraphType>>("bindingOnly", arg =>
            {
                arg.Description = "true: only the offices' police officers (社区民警), whom the three musts bind; "
                    + "false: everyone posted to an office, auxiliaries and grid workers too.";
                arg.DefaultValue = true;
            })
            .Resolve(ctx =>
            {
                var bindingOnly = ctx.GetArgument<bool>("bindingOnly");
                return StatisticsWork.Start(ctx, (request, services, cancellationToken) =>
                    CountAsync(request, bindingOnly, services, cancellationToken), StatisticsLoad.PersonDays);
            });

    private static async Task<IReadOnlyList<ThreeMustsRow>> CountAsync(StatisticsRequest request, bool bindingOnly,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        request.Require("threeMusts", Groupings, narrowsToPerson: true);
        var table = StatisticsTable<ThreeMustsRow>.PerBucket(request, (group, span) => new(group, span));
        if (await OfficesAsync(request, services, cancellationToken) is not { } found) return table.Rows;
        var (offices, period) = found;
        var reports = await services.GetRequiredService<ThreeMustsCalculator>()
            .ForOfficesAsync(offices, period, cancellationToken);
        foreach (var report in reports.Values.SelectMany(r => r))
        {
            if ((bindingOnly && !report.Binding) || (request.PersonId is { } person && report.PersonId != person))
                continue;
            ThreeMustsRow? RowOf(DateOnly day) =>
                table.At(day < period.From ? period.From : day, unit: report.UnitId, person: report.PersonId);
            foreach (var day in report.Days) RowOf(day.Date)?.AddDay(report.PersonId, day);
            foreach (var week in report.Weeks) RowOf(week.Monday)?.AddWeek(week);
            foreach (var month in report.Months) RowOf(month.First)?.AddMonth(month);
        }
        return table.Rows;
    }

    /// <summary>The community police offices in scope and the days of the period up to today, or null when the
    /// period has not begun.</summary>
    private static async Task<(IReadOnlyList<long> Offices, CountyPeriod Period)?> OfficesAsync(
        StatisticsRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (PeriodToDate(request, services) is not { } period) return null;
        var offices = await services.GetRequiredService<GatewayDbContext>().OrgUnits.AsNoTracking()
            .Where(request.Unit.Covers()).Where(u => u.Kind == OrgUnitKind.CommunityOffice)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        return (offices, period);
    }

    /// <summary>The days of the request's period up to today, or null when the period has not begun.</summary>
    internal static CountyPeriod? PeriodToDate(StatisticsRequest request, IServiceProvider services)
    {
        var today = CountyCalendar.Today(services.GetRequiredService<TimeProvider>());
        var last = request.Period.EndDay.AddDays(-1);
        if (last > today) last = today;
        // A statistics period may be longer than a report's, which only a request's own check limits.
        return last < request.Period.FirstDay ? null : new CountyPeriod(request.Period.FirstDay, last);
    }
}

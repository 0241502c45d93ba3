using Gateway.Api.FieldWork;
using GraphQL.Types;

namespace Gateway.Api.Statistics;

public sealed record DailyQuotasRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    public int OfficeDays { get; set; }
    public int PopulationRecords { get; set; }
    public int VehicleChecks { get; set; }
    public int PopulationRecordsDaysMet { get; set; }
    public int VehicleChecksDaysMet { get; set; }
    public int DaysMet { get; set; }
    public int PopulationRecordsDaysMissed => OfficeDays - PopulationRecordsDaysMet;
    public int VehicleChecksDaysMissed => OfficeDays - VehicleChecksDaysMet;
    public int DaysMissed => OfficeDays - DaysMet;
    public double? PopulationRecordsRate => StatisticsFigures.Rate(PopulationRecordsDaysMet, OfficeDays);
    public double? VehicleChecksRate => StatisticsFigures.Rate(VehicleChecksDaysMet, OfficeDays);
    public double? DayRate => StatisticsFigures.Rate(DaysMet, OfficeDays);

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

public sealed class DailyQuotasRowType : StatisticsRowType<DailyQuotasRow>
{
    public DailyQuotasRowType() : base("DailyQuotasRow",
        "The community police offices' daily quotas (每日指标), as the three musts report of field work computes them: "
        + "population records entered (每日录入人口信息 20 条) and vehicles checked (每日盘查车辆 5 辆) on each day an office "
        + "was open, against its targets. Days after today are not counted. A UNIT row counts the office itself (a "
        + "station or the bureau has no quotas: all zero); a SCOPE row sums the offices in scope.")
    {
        Field(r => r.OfficeDays).Description("Office-days open (the days each office was open, summed).");
        Field(r => r.PopulationRecords).Description("Population records entered (人口信息录入).");
        Field(r => r.VehicleChecks).Description("Vehicles checked (车辆盘查).");
        Field(r => r.PopulationRecordsDaysMet).Description("Office-days meeting the population-records quota.");
        Field(r => r.PopulationRecordsDaysMissed).Description("Office-days missing it.");
        Field(r => r.VehicleChecksDaysMet).Description("Office-days meeting the vehicle-checks quota.");
        Field(r => r.VehicleChecksDaysMissed).Description("Office-days missing it.");
        Field(r => r.DaysMet).Description("Office-days meeting both quotas.");
        Field(r => r.DaysMissed).Description("Office-days missing either.");
        Field<FloatGraphType>("populationRecordsRate").Description("Population-records days met ÷ office-days, 0–1; "
            + "null without office-days.").Resolve(ctx => ctx.Source.PopulationRecordsRate);
        Field<FloatGraphType>("vehicleChecksRate").Description("Vehicle-checks days met ÷ office-days, 0–1; null "
            + "without office-days.").Resolve(ctx => ctx.Source.VehicleChecksRate);
        Field<FloatGraphType>("dayRate").Description("Days meeting both ÷ office-days, 0–1; null without "
            + "office-days.").Resolve(ctx => ctx.Source.DayRate);
    }
}

/// <summary>The daily quotas per office or scope, folded day by day from <see cref="ThreeMustsCalculator"/>'s quota
/// reports of the offices in scope, of one call over the whole period: its queries, whatever the buckets.</summary>
public sealed class DailyQuotasStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings = [StatisticsGrouping.Scope, StatisticsGrouping.Unit];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<DailyQuotasRowType>>>("dailyQuotas")
            .Description("The offices' daily quotas (每日指标): population records and vehicle checks against their "
                + "targets, office-days met and missed, with rates. Grouped by SCOPE or UNIT.")
            .Resolve(ctx => StatisticsWork.Start(ctx, CountAsync, StatisticsLoad.OfficeDays));

    private static async Task<IReadOnlyList<DailyQuotasRow>> CountAsync(StatisticsRequest request,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        request.Require("dailyQuotas", Groupings);
        var table = StatisticsTable<DailyQuotasRow>.PerBucket(request, (group, span) => new(group, span));
        if (ThreeMustsStatistics.PeriodToDate(request, services) is not { } period) return table.Rows;
        var reports = await services.GetRequiredService<ThreeMustsCalculator>()
            .DailyQuotasOfOfficesAsync(request.Unit.Covers(), request.Unit, period, cancellationToken);
        foreach (var report in reports)
            foreach (var day in report.Days)
                table.At(day.Date, unit: report.UnitId)?.Add(day);
        return table.Rows;
    }
}

using Gateway.Api.FieldWork;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Statistics;

public sealed record DailyQuotasRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    public int OfficeDays { get; set; }
    public int PopulationRecords { get; set; }
    public int VehicleChecks { get; set; }
    public int PopulationRecordsDaysMet { get; set; }
    public int VehicleChecksDaysMet { get; set; }
    /// <summary>Null when the request asked for nothing that needs it, and it was not counted.</summary>
    public int? DaysMet { get; set; } = 0;
    public int PopulationRecordsDaysMissed => OfficeDays - PopulationRecordsDaysMet;
    public int VehicleChecksDaysMissed => OfficeDays - VehicleChecksDaysMet;
    public int? DaysMissed => OfficeDays - DaysMet;
    public double? PopulationRecordsRate => StatisticsFigures.Rate(PopulationRecordsDaysMet, OfficeDays);
    public double? VehicleChecksRate => StatisticsFigures.Rate(VehicleChecksDaysMet, OfficeDays);

    public void Add(QuotaTally tally)
    {
        OfficeDays += tally.OfficeDays;
        PopulationRecords += tally.PopulationRecords;
        VehicleChecks += tally.VehicleChecks;
        PopulationRecordsDaysMet += tally.PopulationRecordsDaysMet;
        VehicleChecksDaysMet += tally.VehicleChecksDaysMet;
        DaysMet += tally.DaysMet;
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
        Field<NonNullGraphType<IntGraphType>>("daysMet").Description("Office-days meeting both quotas.")
            .Resolve(ctx => Paired(ctx.Source.DaysMet));
        Field<NonNullGraphType<IntGraphType>>("daysMissed").Description("Office-days missing either.")
            .Resolve(ctx => Paired(ctx.Source.DaysMissed));
        Field<FloatGraphType>("populationRecordsRate").Description("Population-records days met ÷ office-days, 0–1; "
            + "null without office-days.").Resolve(ctx => ctx.Source.PopulationRecordsRate);
        Field<FloatGraphType>("vehicleChecksRate").Description("Vehicle-checks days met ÷ office-days, 0–1; null "
            + "without office-days.").Resolve(ctx => ctx.Source.VehicleChecksRate);
        Field<FloatGraphType>("dayRate").Description("Days meeting both ÷ office-days, 0–1; null without "
            + "office-days.").Resolve(ctx => StatisticsFigures.Rate(Paired(ctx.Source.DaysMet), ctx.Source.OfficeDays));
    }

    /// <summary>The days meeting both quotas are counted whenever a field here asks for them (see
    /// <see cref="DailyQuotasStatistics.PairsKinds"/>); one that is not is a fault, never a zero.</summary>
    private static int Paired(int? days) =>
        days ?? throw new InvalidOperationException("The days meeting both quotas were not counted.");
}

/// <summary>The daily quotas per office or scope, from <see cref="ThreeMustsCalculator"/>'s tallies of the offices in
/// scope per bucket, of one call over the whole period: its queries, whatever the buckets.</summary>
public sealed class DailyQuotasStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings = [StatisticsGrouping.Scope, StatisticsGrouping.Unit];

    /// <summary>The row fields that count days meeting both quotas, which needs each office's days one by
    /// one.</summary>
    private static readonly string[] BothQuotasFields = ["daysMet", "daysMissed", "dayRate"];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<DailyQuotasRowType>>>("dailyQuotas")
            .Description("The offices' daily quotas (每日指标): population records and vehicle checks against their "
                + "targets, office-days met and missed, with rates. Grouped by SCOPE or UNIT.")
            .Resolve(ctx =>
            {
                var pairKinds = PairsKinds(ctx);
                return StatisticsWork.Start(ctx, (request, services, cancellationToken) =>
                    CountAsync(request, services, pairKinds, cancellationToken), StatisticsLoad.OfficeDays);
            });

    /// <summary>Whether the rows asked for count days meeting both quotas.</summary>
    private static bool PairsKinds(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(f => BothQuotasFields.Contains(f.FieldType.Name)) ?? true;

    private static async Task<IReadOnlyList<DailyQuotasRow>> CountAsync(StatisticsRequest request,
        IServiceProvider services, bool pairKinds, CancellationToken cancellationToken)
    {
        request.Require("dailyQuotas", Groupings);
        var table = StatisticsTable<DailyQuotasRow>.PerBucket(request, (group, span) => new(group, span));
        if (ThreeMustsStatistics.PeriodToDate(request, services) is not { } period) return table.Rows;
        var stretches = request.Period.Buckets.Where(b => b.First <= period.To).Select(b => b.First).ToList();
        var tallies = await services.GetRequiredService<ThreeMustsCalculator>().DailyQuotaTalliesOfOfficesAsync(
            request.Unit.Covers(), request.Unit, period, stretches, pairKinds, cancellationToken);
        foreach (var tally in tallies) table.At(tally.First, unit: tally.UnitId)?.Add(tally);
        return table.Rows;
    }
}

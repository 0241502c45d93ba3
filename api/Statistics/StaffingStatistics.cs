using Gateway.Api.Data;
using Gateway.Api.Personnel;
using GraphQL.Types;

namespace Gateway.Api.Statistics;

public sealed record StaffingRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    public DateOnly? AsOf { get; set; }
    public int Offices { get; set; }
    public int OfficesMeetingModel { get; set; }
    public int OfficesShort { get; set; }
    public int Police { get; set; }
    public int Auxiliaries { get; set; }
    public int GridWorkers { get; set; }
    public int Grids { get; set; }
    public int RequiredPolice => Offices * OfficeStaffing.RequiredPolice;
    public int RequiredAuxiliaries => Offices * OfficeStaffing.RequiredAuxiliaries;
    public int PoliceShort { get; set; }
    public int AuxiliariesShort { get; set; }
    public int OfficesWithoutPolice { get; set; }
    public int OfficesShortOfAuxiliaries { get; set; }
    public int OfficesWithoutGridWorkers { get; set; }
    public int GridsWithoutGridWorker { get; set; }
    public string? Formula => Offices == 0 ? null : $"{Police}+{Auxiliaries}+{GridWorkers}";
    public bool? MeetsModel => Offices == 0 ? null : OfficesShort == 0;

    public void Add(OfficeStaffingCount staffing)
    {
        Offices++;
        if (staffing.MeetsModel) OfficesMeetingModel++;
        else OfficesShort++;
        Police += staffing.Police;
        Auxiliaries += staffing.Auxiliaries;
        GridWorkers += staffing.GridWorkers;
        Grids += staffing.Grids;
        PoliceShort += Math.Max(0, OfficeStaffing.RequiredPolice - staffing.Police);
        AuxiliariesShort += Math.Max(0, OfficeStaffing.RequiredAuxiliaries - staffing.Auxiliaries);
        var gaps = staffing.Gaps;
        if (gaps.Contains(StaffingDeviationCode.NoPolice)) OfficesWithoutPolice++;
        if (gaps.Contains(StaffingDeviationCode.AuxiliariesShort)) OfficesShortOfAuxiliaries++;
        if (gaps.Contains(StaffingDeviationCode.NoGridWorkers)) OfficesWithoutGridWorkers++;
        GridsWithoutGridWorker += gaps.Count(g => g == StaffingDeviationCode.GridWithoutGridWorker);
    }
}

public sealed class StaffingRowType : StatisticsRowType<StaffingRow>
{
    public StaffingRowType() : base("StaffingRow",
        "Staffing of the community police offices (社区警务室) against the 1+2+N model (配置 1+2+N) as of the bucket's "
        + "last day (`asOf`): one community police officer (社区民警), two auxiliary police (辅警) and at least one grid "
        + "worker (网格员), every grid covered, from the postings that cover the day. A UNIT row counts the office "
        + "itself (a station or the bureau posts no office staff: no offices, all zero); a SCOPE row sums the offices "
        + "in scope.")
    {
        Field<DateOnlyGraphType>("asOf").Description("The day counted: the bucket's last day, or today when that is "
            + "later; null for a bucket that starts after today, which counts nothing.")
            .Resolve(ctx => ctx.Source.AsOf);
        Field(r => r.Offices).Description("Community police offices open on the day.");
        Field(r => r.OfficesMeetingModel).Description("Offices meeting 1+2+N on the day (达标).");
        Field(r => r.OfficesShort).Description("Offices falling short of 1+2+N on the day (有缺口).");
        Field(r => r.Police).Description("Community police officers (社区民警) posted to the offices.");
        Field(r => r.Auxiliaries).Description("Auxiliary police (辅警) posted to the offices.");
        Field(r => r.GridWorkers).Description("Grid workers (网格员) posted to the offices, the N of 1+2+N.");
        Field(r => r.Grids).Description("Grids (网格) the offices run on the day.");
        Field(r => r.RequiredPolice).Description("Police officers 1+2+N asks for: one per office.");
        Field(r => r.RequiredAuxiliaries).Description("Auxiliary police 1+2+N asks for: two per office.");
        Field(r => r.PoliceShort).Description("Police officers missing, summed over the offices (surpluses do not "
            + "make up for another office's gap).");
        Field(r => r.AuxiliariesShort).Description("Auxiliary police missing, summed over the offices.");
        Field(r => r.OfficesWithoutPolice).Description("Offices without a community police officer.");
        Field(r => r.OfficesShortOfAuxiliaries).Description("Offices with fewer than two auxiliary police.");
        Field(r => r.OfficesWithoutGridWorkers).Description("Offices without any grid worker.");
        Field(r => r.GridsWithoutGridWorker).Description("Grids without a grid worker posted to them.");
        Field<StringGraphType>("formula").Description("The staffing written the reform's way, police+auxiliaries+grid "
            + "workers, e.g. \"4+8+20\"; null when no office is counted.").Resolve(ctx => ctx.Source.Formula);
        Field<BooleanGraphType>("meetsModel").Description("Every office counted meets 1+2+N; null when no office is "
            + "counted.").Resolve(ctx => ctx.Source.MeetsModel);
    }
}

/// <summary>Staffing against 1+2+N, read through <see cref="OfficeStaffingCalculator"/> from the staffing rollup for
/// every bucket's day at once: one query, a few rows per office in scope, whatever the buckets.</summary>
public sealed class StaffingStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings = [StatisticsGrouping.Scope, StatisticsGrouping.Unit];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<StaffingRowType>>>("staffing")
            .Description("Staffing against 1+2+N (配置 1+2+N) per community police office, as of each bucket's last "
                + "day. Grouped by SCOPE or UNIT.")
            .Resolve(ctx => StatisticsWork.Start(ctx, CountAsync));

    private static async Task<IReadOnlyList<StaffingRow>> CountAsync(StatisticsRequest request,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        request.Require("staffing", Groupings);
        var table = StatisticsTable<StaffingRow>.PerBucket(request, (group, span) => new(group, span));
        var today = CountyCalendar.Today(services.GetRequiredService<TimeProvider>());
        var asOf = request.Period.Buckets.Select(span => StatisticsFigures.AsOf(span, today)).ToList();
        foreach (var row in table.Rows) row.AsOf = asOf[row.Span.Index];
        var days = asOf.OfType<DateOnly>().Distinct().ToList();
        if (days.Count == 0) return table.Rows;

        // The rollup's spans cover exactly the days each office is open: an office counts on a day it has a count.
        var staffing = await services.GetRequiredService<OfficeStaffingCalculator>()
            .CountAsync(request.Unit.Owns<OfficeStaffingSpan>(), days, cancellationToken);
        foreach (var ((office, day), count) in staffing) table.At(day, unit: office)?.Add(count);
        return table.Rows;
    }
}

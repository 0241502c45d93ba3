using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Statistics;

public sealed record FieldWorkStatisticsRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    public int Entries { get; set; }
    /// <summary>Indexed by <see cref="FieldWorkKind"/>.</summary>
    public int[] Counts { get; } = new int[Kinds];

    private static readonly int Kinds = Enum.GetValues<FieldWorkKind>().Length;
}

public sealed class FieldWorkStatisticsRowType : StatisticsRowType<FieldWorkStatisticsRow>
{
    public FieldWorkStatisticsRowType() : base("FieldWorkStatisticsRow",
        "Field work (勤务工作) that counts — ACTIVE entries, corrections in place of what they corrected, voided ones "
        + "left out — by the county day it was done (Asia/Shanghai), one column per kind. Read from daily and monthly "
        + "totals kept with every entry, correction and void, so any period costs the same whatever the entries in it.")
    {
        Field(r => r.Entries).Description("Entries.");
        Field<NonNullGraphType<IntGraphType>>("total").Description("The entries' counts added up, every kind.")
            .Resolve(ctx => ctx.Source.Counts.Sum());
        foreach (var kind in Enum.GetValues<FieldWorkKind>())
            Field<NonNullGraphType<IntGraphType>>(ColumnOf(kind))
                .Description($"{EnumNames.Schema(kind)} ({EnumNames.Zh(kind)}): the entries' counts added up.")
                .Resolve(ctx => ctx.Source.Counts[(int)kind]);
    }

    /// <summary>A kind's column: its schema name in camel case (RESIDENT_VISIT → residentVisit).</summary>
    public static string ColumnOf(FieldWorkKind kind) => kind.ToString().ToCamelCase();
}

public sealed class FieldWorkStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings =
        [StatisticsGrouping.Scope, StatisticsGrouping.Unit, StatisticsGrouping.Grid, StatisticsGrouping.Person];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<FieldWorkStatisticsRowType>>>("fieldWork")
            .Description("Field work by kind (勤务工作分类统计) per bucket. Any grouping; may be narrowed to a grid or a "
                + "person.")
            .Resolve(ctx => StatisticsWork.Start(ctx, (request, services, cancellationToken) => SumAsync(request,
                services.GetRequiredService<FieldWorkTotalsReader>(), cancellationToken)));

    private static async Task<IReadOnlyList<FieldWorkStatisticsRow>> SumAsync(StatisticsRequest request,
        FieldWorkTotalsReader reader, CancellationToken cancellationToken)
    {
        request.Require("fieldWork", Groupings, narrowsToGrid: true, narrowsToPerson: true);
        var table = StatisticsTable<FieldWorkStatisticsRow>.PerBucket(request, (group, span) => new(group, span));
        var grouping = request.Grouping switch
        {
            StatisticsGrouping.Unit => FieldWorkGrouping.Unit,
            StatisticsGrouping.Grid => FieldWorkGrouping.Grid,
            StatisticsGrouping.Person => FieldWorkGrouping.Person,
            _ => FieldWorkGrouping.Scope,
        };
        var totals = await reader.SumAsync(grouping, new OrgUnitRef(request.Unit.Id, request.Unit.Path),
            request.GridId, request.PersonId, request.Period.FirstDay, request.Period.EndDay,
            request.Period.BucketsHoldWholeMonths, kinds: null, cancellationToken);
        foreach (var total in totals)
        {
            var row = request.Grouping switch
            {
                StatisticsGrouping.Unit => table.At(total.Start, unit: total.GroupId),
                StatisticsGrouping.Grid => table.At(total.Start, grid: total.GroupId),
                StatisticsGrouping.Person => table.At(total.Start, person: total.GroupId),
                _ => table.At(total.Start),
            };
            if (row is null) continue;
            row.Entries += total.Entries;
            for (var kind = 0; kind < row.Counts.Length; kind++) row.Counts[kind] += total.Counts[kind];
        }
        return table.Rows;
    }
}

using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Statistics;

public sealed record InformantsRow(StatisticsGroup Group, StatisticsSpan Span)
    : StatisticsRow(Group, Span)
{
    public bool Published { get; set; }
    public int? OnFile { get; set; } = 0;
    public int? AuthorisationsLapsed { get; set; } = 0;
    public int? Tips { get; set; } = 0;
    public int? UsefulTips { get; set; } = 0;
    public int? RewardsPaid { get; set; } = 0;
    public decimal? RewardsPaidYuan { get; set; } = 0m;
    public bool Suppressed { get; set; }
}

public sealed class InformantsRowType : StatisticsRowType<InformantsRow>
{
    public InformantsRowType() : base("InformantsRow",
        "Informants (情报信息员) per unit and bucket, in counts only: never a code name, identity, handler or anything "
        + "else that names an informant. Published per calendar month, quarter or year once it is over; until then "
        + "the figures are null and `published` is false. Small cells are suppressed (小数抑制): a count from 1 to "
        + "k − 1 (k is `Statistics:SuppressBelow`, 5 unless configured) comes back null, because so few could point "
        + "at the people behind it; so does any cell that would give a hidden one back by subtraction — from a "
        + "unit's total over its subtree (a SCOPE row), or a quarter's or a year's. Suppression is worked out once "
        + "over the caller's whole scope, so every answer the caller can ask shows a cell the same way. A sum in yuan "
        + "goes with its count; `suppressed` marks a row that lost a figure. Zero is shown.")
    {
        Field(r => r.Published).Description("Whether the bucket is over, so its figures are published.");
        Field(r => r.OnFile, nullable: true).Description("Informants on file (在册) at the bucket's end: recruited by "
            + "its last day, deactivated ones included, as their files stay.");
        Field(r => r.AuthorisationsLapsed, nullable: true).Description("Of those, not deactivated, whose "
            + "authorisation (授权) had lapsed on that day: no twelve-month period covered it.");
        Field(r => r.Tips, nullable: true).Description("Tips (情报线索) received in the bucket.");
        Field(r => r.UsefulTips, nullable: true)
            .Description("Of the tips received in the bucket, those judged useful (有价值).");
        Field(r => r.RewardsPaid, nullable: true).Description("Rewards (奖励) paid in the bucket, on the day of "
            + "payment; a reward later declined is not counted.");
        Field(r => r.RewardsPaidYuan, nullable: true).Description("Their sum in yuan: each the offer moved by every "
            + "correction. Suppressed with the count.");
        Field(r => r.Suppressed).Description("Whether any figure of this row is null: suppressed as a small cell or "
            + "its complement, or not yet published.");
    }
}

public sealed class InformantStatistics(IOptions<StatisticsOptions> options) : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings = [StatisticsGrouping.Scope, StatisticsGrouping.Unit];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<InformantsRowType>>>("informants")
            .Description("Informants (情报信息员): on file, authorisations lapsed, tips, useful tips and rewards paid "
                + "(count and yuan), in counts only, small cells suppressed. Grouped by SCOPE or UNIT only, in whole "
                + "calendar MONTH, QUARTER or YEAR buckets (a quarter from 1 January, April, July or October; a year "
                + "from 1 January), published once a bucket is over.")
            .Resolve(ctx => StatisticsWork.Start(ctx, CountAsync));

    private async Task<IReadOnlyList<InformantsRow>> CountAsync(StatisticsRequest request, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        request.Require("informants", Groupings);
        if (!request.Period.BucketsHoldWholeMonths || !request.Period.BucketsAreWhole)
            throw new ExecutionError("Informant figures are published per calendar month, quarter or year: ask for "
                + "MONTH, QUARTER or YEAR buckets over a period that starts and ends on their boundaries.")
            {
                Code = StatisticsRequest.UnsupportedCut,
            };
        var rows = StatisticsTable<InformantsRow>.PerBucket(request, (group, span) => new(group, span)).Rows;
        var scope = services.GetRequiredService<TenantScope>();
        var today = CountyCalendar.Today(services.GetRequiredService<TimeProvider>());
        // Suppressed over the caller's whole scope, not the unit asked for: see InformantTable.
        var table = await InformantTable.ReadAsync(new StatisticsUnit(scope.UnitId!.Value, scope.UnitPath, ""),
            request.Period, today, options.Value.SuppressBelow, services.GetRequiredService<GatewayDbContext>(),
            cancellationToken);
        var bucket = request.Period.Bucket;
        foreach (var row in rows)
        {
            var (unit, subtree) = request.Grouping == StatisticsGrouping.Scope
                ? (request.Unit.Id, true) : (row.Group.UnitId!.Value, false);
            int? Count(InformantTable.Figure figure) => table.Count(figure, unit, subtree, row.Span, bucket);
            row.Published = InformantTable.IsOver(row.Span, today);
            row.OnFile = Count(InformantTable.Figure.OnFile);
            row.AuthorisationsLapsed = Count(InformantTable.Figure.AuthorisationsLapsed);
            row.Tips = Count(InformantTable.Figure.Tips);
            row.UsefulTips = Count(InformantTable.Figure.UsefulTips);
            row.RewardsPaid = Count(InformantTable.Figure.RewardsPaid);
            row.RewardsPaidYuan = table.RewardsPaidYuan(unit, subtree, row.Span, bucket);
            row.Suppressed = row.OnFile is null || row.AuthorisationsLapsed is null || row.Tips is null
                || row.UsefulTips is null || row.RewardsPaid is null;
        }
        return rows;
    }
}

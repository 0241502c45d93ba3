using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Statistics;

public sealed class StatisticsType : ObjectGraphType<StatisticsRequest>
{
    public StatisticsType(IEnumerable<IStatisticsFields> statistics)
    {
        Name = "Statistics";
        Description = "Figures for dashboards and reports (统计), over the caller's scope: each field is one statistic, "
            + "a flat list of rows — one per group (see `groupBy`) and bucket, zero where nothing happened — computed "
            + "in SQL under the caller's row filters. Whole aggregates, never paged: one too large to answer is "
            + "refused with TOO_MANY_ROWS. A statistic that cannot answer the request (a grouping it does not make, "
            + "too many rows) is null with an error naming it; the others in the same document still answer.";
        this.RequirePermission(Permissions.StatisticsRead);
        Field<NonNullGraphType<StatisticsPeriodType>>("period")
            .Description("What the rows count: the whole county days the period asked for touches, and its cut.")
            .Resolve(ctx => ctx.Source);
        foreach (var statistic in statistics.OrderBy(s => s.GetType().Name, StringComparer.Ordinal))
            statistic.AddTo(this);
    }
}

public sealed class StatisticsPeriodType : ObjectGraphType<StatisticsRequest>
{
    public StatisticsPeriodType()
    {
        Name = "StatisticsPeriod";
        Description =
            "The period a `statistics` answer counts, after rounding out to whole county days (Asia/Shanghai).";
        this.RequirePermission(Permissions.StatisticsRead);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Description("00:00 +08:00 of the first day counted.")
            .Resolve(ctx => StatisticsRowType<StatisticsRow>.Midnight(ctx.Source.Period.FirstDay));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .Description("00:00 +08:00 of the day after the last one counted (half-open).")
            .Resolve(ctx => StatisticsRowType<StatisticsRow>.Midnight(ctx.Source.Period.EndDay));
        Field<NonNullGraphType<IntGraphType>>("days").Description("County days counted.")
            .Resolve(ctx => ctx.Source.Period.Days);
        Field<NonNullGraphType<EnumerationGraphType<StatisticsBucket>>>("bucket").Description("The bucket asked for.")
            .Resolve(ctx => ctx.Source.Period.Bucket);
        Field<NonNullGraphType<IntGraphType>>("buckets").Description("Buckets in the period.")
            .Resolve(ctx => ctx.Source.Period.Buckets.Count);
        Field<NonNullGraphType<EnumerationGraphType<StatisticsGrouping>>>("groupBy")
            .Description("The grouping asked for.").Resolve(ctx => ctx.Source.Grouping);
        Field<NonNullGraphType<IntGraphType>>("groups").Description("Groups with a row in every bucket.")
            .Resolve(ctx => ctx.Source.Groups.Count);
        Field<NonNullGraphType<StringGraphType>>("unitName").Description("Chinese name of the unit the answer covers.")
            .Resolve(ctx => ctx.Source.Unit.Name);
    }
}

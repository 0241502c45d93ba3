using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Statistics;

public sealed class StatisticsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<StatisticsType>>("statistics")
            .Description("Statistics (统计) over the caller's scope — or a unit, grid or person inside it — for the "
                + "period [from, to), cut into buckets of the county calendar (Asia/Shanghai) and grouped by unit, "
                + "grid or person. Counts rows owned in scope only: nothing of another tenant moves a number.")
            .Argument<NonNullGraphType<InstantGraphType>>("from", "Start of the period (included).")
            .Argument<NonNullGraphType<InstantGraphType>>("to", "End of the period (excluded).")
            .Argument<NonNullGraphType<EnumerationGraphType<StatisticsBucket>>>("bucket", arg =>
            {
                arg.Description = "How the period is cut into rows.";
                arg.DefaultValue = StatisticsBucket.Month;
            })
            .Argument<NonNullGraphType<EnumerationGraphType<StatisticsGrouping>>>("groupBy", arg =>
            {
                arg.Description = "What each row stands for besides its bucket.";
                arg.DefaultValue = StatisticsGrouping.Unit;
            })
            .Argument<IdGraphType>("unitId", "A unit in the caller's scope to count instead of the caller's own.")
            .Argument<IdGraphType>("gridId", "A grid to narrow to, for statistics that can be.")
            .Argument<IdGraphType>("personId", "A person to narrow to, for statistics that can be (needs "
                + "personnel.read).")
            .RequirePermission(Permissions.StatisticsRead)
            // The same numbers for every caller of a unit with the same permissions: dashboards polling them share
            // one computation a minute (GraphQL/Transport).
            .CachedPerTenant()
            .ResolveAsync(async ctx =>
            {
                var request = await ctx.RequestServices!.GetRequiredService<StatisticsRequestReader>().ReadAsync(
                    ctx.GetArgument<DateTimeOffset>("from"), ctx.GetArgument<DateTimeOffset>("to"),
                    ctx.GetArgument<StatisticsBucket>("bucket"), ctx.GetArgument<StatisticsGrouping>("groupBy"),
                    ctx.GetArgument<string?>("unitId"), ctx.GetArgument<string?>("gridId"),
                    ctx.GetArgument<string?>("personId"), ctx.CancellationToken);
                request.SideBySide = ctx.SubFields?.Values.Count(f => f.FieldType.ResolvedType is ListGraphType
                    or NonNullGraphType { ResolvedType: ListGraphType }) > 1;
                return request;
            });
}

using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Requests;
using GraphQL.Types;

namespace Gateway.Api.Statistics;

public sealed record DepartmentsRow(StatisticsGroup Group, StatisticsSpan Span, DepartmentName Department)
    : StatisticsRow(Group, Span)
{
    public DepartmentTally Tally { get; } = new();
    public int? OverdueNow { get; set; }
}

public sealed class DepartmentsRowType : StatisticsRowType<DepartmentsRow>
{
    public DepartmentsRowType() : base("DepartmentsRow",
        "A department's (职能部门) performance on the requests of one unit (or the scope) in one bucket, as it counts "
        + "in the department's annual performance (部门年度绩效), each event on the county day it happened. One row per "
        + "department, group and bucket, for every department anything of the period counts for.")
    {
        Field<NonNullGraphType<IdGraphType>>("departmentId").Description("Global id of the department.")
            .Resolve(ctx => GlobalId.Encode("ExternalOrganisation", ctx.Source.Department.Id));
        Field<NonNullGraphType<StringGraphType>>("departmentName").Description("The department's Chinese name.")
            .Resolve(ctx => ctx.Source.Department.NameZh);
        Field<NonNullGraphType<IntGraphType>>("dispatched")
            .Description("Dispatches (派单) to the department in the bucket, re-dispatches included.")
            .Resolve(ctx => ctx.Source.Tally.Dispatched);
        Field<NonNullGraphType<IntGraphType>>("replied").Description("Requests it replied to in the bucket.")
            .Resolve(ctx => ctx.Source.Tally.Replied);
        Field<NonNullGraphType<IntGraphType>>("repliedOnTime").Description("Of those, replies by the deadline (按时).")
            .Resolve(ctx => ctx.Source.Tally.RepliedOnTime);
        Field<NonNullGraphType<IntGraphType>>("closed").Description("Its requests closed (办结) in the bucket.")
            .Resolve(ctx => ctx.Source.Tally.Closed);
        Field<IntGraphType>("overdueNow").Description("Its requests past their deadline without a reply, now: "
                + "given on each group's last bucket, null on the others.")
            .Resolve(ctx => ctx.Source.OverdueNow);
        Field<NonNullGraphType<IntGraphType>>("chases")
            .Description("Chases (催办) in the bucket of requests now with the department.")
            .Resolve(ctx => ctx.Source.Tally.Chases);
        Field<NonNullGraphType<IntGraphType>>("extensionsApproved")
            .Description("Extensions (延期) approved in the bucket for its requests.")
            .Resolve(ctx => ctx.Source.Tally.ExtensionsApproved);
        Field<NonNullGraphType<IntGraphType>>("scored").Description("Requests scored against it in the bucket.")
            .Resolve(ctx => ctx.Source.Tally.Scored);
        Field<FloatGraphType>("meanEffectiveness").Description("Mean effectiveness score (办理效果); null when none.")
            .Resolve(ctx => Rounded(ctx.Source.Tally.MeanEffectiveness));
        Field<FloatGraphType>("meanResidentsEvaluation")
            .Description("Mean residents' evaluation score (群众评价); null when none.")
            .Resolve(ctx => Rounded(ctx.Source.Tally.MeanResidentsEvaluation));
        Field<FloatGraphType>("meanProcedure").Description("Mean procedure score (办理程序); null when none.")
            .Resolve(ctx => Rounded(ctx.Source.Tally.MeanProcedure));
        Field<NonNullGraphType<IntGraphType>>("returnVisits").Description("Return visits (回访) in the bucket on its "
                + "requests.")
            .Resolve(ctx => ctx.Source.Tally.ReturnVisits);
        Field<FloatGraphType>("satisfaction").Description("Satisfaction (满意率), 0–1: the share of those return "
                + "visits where the resident was satisfied; null when there were none.")
            .Resolve(ctx => Rounded(ctx.Source.Tally.SatisfiedShare));
    }

    private static double? Rounded(double? value) => value is { } v ? Math.Round(v, 4) : null;
}

public sealed class DepartmentStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings = [StatisticsGrouping.Scope, StatisticsGrouping.Unit];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<DepartmentsRowType>>>("departments")
            .Description("Each department's performance (部门绩效) per bucket on the requests of the scope, or of each "
                + "unit: the figures `departmentPerformance` gives for a year. Grouped by SCOPE or UNIT.")
            .Resolve(ctx => StatisticsWork.Start(ctx, (request, services, cancellationToken) => CountAsync(request,
                services.GetRequiredService<DepartmentPerformanceCalculator>(), cancellationToken)));

    private static async Task<IReadOnlyList<DepartmentsRow>> CountAsync(StatisticsRequest request,
        DepartmentPerformanceCalculator calculator, CancellationToken cancellationToken)
    {
        request.Require("departments", Groupings);
        var records = await calculator.CountAsync(request.Period.StartUtc, request.Period.EndUtc, request.Unit,
            cancellationToken);
        request.CheckRows(records.Departments.Count * request.Groups.Count * request.Period.Buckets.Count);
        var tables = records.Departments.ToDictionary(d => d.Id, d =>
            StatisticsTable<DepartmentsRow>.PerBucket(request, (group, span) => new(group, span, d)));

        foreach (var day in records.Days)
            if (tables[day.DepartmentId].At(day.Day, day.UnitId) is { } row) row.Tally.Add(day.Tally);
        var lastBucket = request.Period.Buckets[^1];
        foreach (var row in tables.Values.SelectMany(t => t.Rows).Where(r => r.Span == lastBucket))
            row.OverdueNow = 0;
        foreach (var overdue in records.OverdueNow)
            if (tables[overdue.DepartmentId].At(lastBucket.First, overdue.UnitId) is { } row)
                row.OverdueNow += overdue.Requests;
        return [.. records.Departments.SelectMany(d => tables[d.Id].Rows)];
    }
}

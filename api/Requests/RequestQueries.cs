using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Requests;

public sealed class RequestQueries(TimeProvider clock) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<ServiceRequest>("serviceRequests",
            "Non-police requests received by 110 and diverted to the 4312345 centre.", db => db.ServiceRequests);
        // Overdue depends on the clock, which a stored column cannot, so it is a list of its own rather than a
        // `where` condition; `where` and `order` narrow it further.
        query.Connection<ServiceRequest>("overdueServiceRequests",
            "Requests past their deadline that the department has not yet replied to (超期未办结), as of now.", db =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return db.ServiceRequests.Where(ServiceRequest.OverdueAt(now));
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentPerformanceType>>>>(
                "departmentPerformance")
            .Description("Each department's record on the requests of the caller's scope in a year (county calendar): "
                + "what counts in its annual performance (部门年度绩效). Computed in SQL, never stored.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year, e.g. 2026.")
            .RequirePermission(Permissions.RequestsRead)
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<DepartmentPerformanceCalculator>()
                .ForYearAsync(ctx.GetArgument<int>("year"), ctx.CancellationToken));
    }
}

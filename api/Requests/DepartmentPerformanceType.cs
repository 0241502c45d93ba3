using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Requests;

public sealed class DepartmentPerformanceType : ObjectGraphType<DepartmentPerformance>
{
    public DepartmentPerformanceType()
    {
        Name = "DepartmentPerformance";
        Description = "A department's (职能部门) record in one year on the requests the caller may read, as it counts in "
            + "its annual performance; events are counted in the county year they happened. Computed, never stored.";
        this.RequirePermission(Permissions.RequestsRead);
        Field<NonNullGraphType<IdGraphType>>("departmentId").Description("Global id of the department.")
            .Resolve(ctx => GlobalId.Encode("ExternalOrganisation", ctx.Source.DepartmentId));
        Field(p => p.Name).Description("The department's English name.");
        Field(p => p.NameZh).Description("The department's Chinese name.");
        Field(p => p.Year).Description("The year.");
        Field(p => p.Dispatched).Description("Dispatches to the department in the year, re-dispatches included.");
        Field(p => p.Replied).Description("Requests it replied to in the year.");
        Field(p => p.RepliedOnTime).Description("Of those, replies by the deadline (按时答复).");
        Field(p => p.Closed).Description("Requests of the department closed in the year.");
        Field(p => p.OverdueNow).Description("Its requests past their deadline and not yet replied to, now.");
        Field(p => p.Chases).Description("Chases in the year of requests now with the department.");
        Field(p => p.ExtensionsApproved).Description("Extensions approved in the year for its requests.");
        Field(p => p.Scored).Description("Requests scored in the year against the department.");
        Field(p => p.MeanEffectiveness, nullable: true).Description("Mean effectiveness score; null when none.");
        Field(p => p.MeanResidentsEvaluation, nullable: true)
            .Description("Mean residents' evaluation score; null when none.");
        Field(p => p.MeanProcedure, nullable: true).Description("Mean procedure score; null when none.");
        Field(p => p.ReturnVisits).Description("Return visits in the year on its requests.");
        Field(p => p.SatisfiedShare, nullable: true)
            .Description("Share (0–1) of those visits where the resident was satisfied; null when none.");
    }
}

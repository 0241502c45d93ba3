using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Requests;

public sealed class RequestScoringType : EntityGraphType<RequestScoring>
{
    protected override void Define()
    {
        Name = "RequestScoring";
        Description = "The three scores (评分) of a request, 0–100 each, set once after the return visit; they count in "
            + "the department's performance for the year scored.";
        this.RequirePermission(Permissions.RequestsRead);
        Field(s => s.Effectiveness).Description("Effectiveness (办理实效), 0–100.");
        Field(s => s.ResidentsEvaluation).Description("Residents' evaluation (群众评价), 0–100.");
        Field(s => s.Procedure).Description("Procedure (办理程序), 0–100.");
        Field(s => s.ScoredAt).Description("When the scores were set (UTC).");
        Field(s => s.ScoredBy).Description("The account that scored.");
        RequiredReference<ExternalOrganisation>("department", s => s.DepartmentId, "The department scored.");
        RequiredReference<ServiceRequest>("request", s => s.RequestId, "The request scored.");
        RequiredReference<OrgUnit>("unit", s => s.OwnerUnitId, "The unit that keeps the record.");
    }
}

using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Requests;

public sealed class RequestChaseType : EntityGraphType<RequestChase>
{
    protected override void Define()
    {
        Name = "RequestChase";
        Description = "A chase (催办) of a request past its deadline: automatic at expiry (one per deadline passed), or "
            + "by the efficiency office (效能办).";
        this.RequirePermission(Permissions.RequestsRead);
        Field(c => c.ChasedAt).Description("When the request was chased (UTC).");
        Field(c => c.ChasedBy).Description("The account that chased; `system` for an automatic chase.");
        Field(c => c.Automatic).Description("Raised by the chase job at expiry rather than by hand.");
        Field(c => c.Deadline).Description("The deadline that had passed (UTC).");
        Field(c => c.Note, nullable: true).Description("Note on the chase.");
        RequiredReference<ServiceRequest>("request", c => c.RequestId, "The request chased.");
        RequiredReference<OrgUnit>("unit", c => c.OwnerUnitId, "The unit that keeps the record.");
    }
}

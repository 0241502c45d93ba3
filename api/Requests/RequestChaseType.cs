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
        Description = "A chase (催办) by the efficiency office on an overdue request.";
        this.RequirePermission(Permissions.RequestsRead);
        Field(c => c.ChasedAt).Description("When the request was chased (UTC).");
        Field(c => c.ChasedBy).Description("Who chased it.");
        Field(c => c.Note, nullable: true).Description("Note on the chase.");
        RequiredReference<ServiceRequest>("request", c => c.RequestId, "The request chased.");
        RequiredReference<OrgUnit>("unit", c => c.OwnerUnitId, "The unit that keeps the record.");
    }
}

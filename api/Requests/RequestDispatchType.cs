using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Requests;

public sealed class RequestDispatchType : EntityGraphType<RequestDispatch>
{
    protected override void Define()
    {
        Name = "RequestDispatch";
        Description = "One dispatch (派单) of a request to a department; a re-dispatch ends it and starts another.";
        this.RequirePermission(Permissions.RequestsRead);
        Field(d => d.DispatchedAt).Description("When the request was dispatched to the department (UTC).");
        Field(d => d.DispatchedBy).Description("The account that dispatched it.");
        Field(d => d.Reason, nullable: true).Description("For a re-dispatch: why it moved to this department.");
        Field(d => d.AcceptedAt, nullable: true).Description("When the department accepted it (UTC).");
        Field(d => d.AcceptedBy, nullable: true).Description("The account that recorded the acceptance.");
        Field(d => d.EndedAt, nullable: true).Description("When a re-dispatch took the request away (UTC).");
        RequiredReference<ExternalOrganisation>("department", d => d.DepartmentId, "The department (职能部门).");
        RequiredReference<ServiceRequest>("request", d => d.RequestId, "The request dispatched.");
        RequiredReference<OrgUnit>("unit", d => d.OwnerUnitId, "The unit that keeps the record.");
    }
}

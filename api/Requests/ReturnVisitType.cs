using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Requests;

public sealed class ReturnVisitType : EntityGraphType<ReturnVisit>
{
    protected override void Define()
    {
        Name = "ReturnVisit";
        Description = "The return visit (回访) to the resident after the department replied, by SMS, phone or in person.";
        this.RequirePermission(Permissions.RequestsRead);
        Field(v => v.Channel).Description("SMS, phone or in person.");
        Field(v => v.VisitedAt).Description("When the resident was visited (UTC).");
        Field(v => v.VisitedBy).Description("The account that recorded the visit.");
        Field(v => v.Satisfied).Description("The resident was satisfied with how the request was handled.");
        Field(v => v.Note, nullable: true).Description("What the resident said.");
        RequiredReference<ServiceRequest>("request", v => v.RequestId, "The request followed up.");
        RequiredReference<OrgUnit>("unit", v => v.OwnerUnitId, "The unit that keeps the record.");
    }
}

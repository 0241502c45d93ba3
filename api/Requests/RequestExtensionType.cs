using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Requests;

public sealed class RequestExtensionType : EntityGraphType<RequestExtension>
{
    protected override void Define()
    {
        Name = "RequestExtension";
        Description = "A request to extend a request's deadline (延期申请), decided by an approver who did not ask.";
        this.RequirePermission(Permissions.RequestsRead);
        Field(e => e.WorkingDays).Description("Working days asked for.");
        Field(e => e.Reason).Description("Why more time is needed.");
        Field(e => e.RequestedAt).Description("When the extension was asked for (UTC).");
        Field(e => e.RequestedBy).Description("The account that asked.");
        Field(e => e.DeadlineBefore).Description("The deadline when it was asked for (UTC).");
        Field(e => e.Decision, nullable: true).Description("Approved or declined; null while open.");
        Field(e => e.DecidedAt, nullable: true).Description("When it was decided (UTC).");
        Field(e => e.DecidedBy, nullable: true).Description("The approver's account.");
        Field(e => e.DeadlineAfter, nullable: true).Description("The deadline the approval set (UTC).");
        Field(e => e.DecisionNote, nullable: true).Description("The approver's note.");
        Field(e => e.Version).Description("Raised by every change; a decision names the version it read.");
        RequiredReference<ServiceRequest>("request", e => e.RequestId, "The request whose deadline it concerns.");
        RequiredReference<OrgUnit>("unit", e => e.OwnerUnitId, "The unit that keeps the record.");
    }
}

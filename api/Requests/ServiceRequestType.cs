using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;
using GraphQL.Types;

namespace Gateway.Api.Requests;

public sealed class ServiceRequestType : EntityGraphType<ServiceRequest>
{
    protected override void Define()
    {
        Name = "ServiceRequest";
        Description =
            "A non-police request (非警务警情) received by 110 and, once all four review levels agree it is not a "
            + "police matter, diverted to the 4312345 centre and dispatched to a department.";
        this.RequirePermission(Permissions.RequestsRead);
        Field(r => r.Number).Description("Request number, unique within the owning unit.");
        Field(r => r.Kind).Description("The kind (类别); each kind has its own configured time limit.");
        Field(r => r.ReceivedAt).Description("When 110 received the request (UTC).");
        Field(r => r.ReceivedBy).Description("The account that recorded the intake.");
        SensitiveField(r => r.CallerName, Mask.Name, "Name of the resident who called.");
        SensitiveField(r => r.CallerPhone, Mask.Phone, "Phone of the resident who called.", nullable: true);
        Field(r => r.Summary).Description("What the resident asked for.");
        Field(r => r.Stage).Description("Where the request stands (环节). Overdue is not a stage: see `overdue`.");
        Field(r => r.ReviewLevel, nullable: true)
            .Description("While under review: the level (1–4) awaiting a decision; null after.");
        Field(r => r.RejectionReason, nullable: true).Description("Why the request was rejected, when it was.");
        Field(r => r.TicketNumber, nullable: true).Description("Ticket number issued by the 4312345 centre.");
        Field(r => r.DivertedAt, nullable: true)
            .Description("When the request was diverted to the 4312345 centre (UTC).");
        Field(r => r.DivertedBy, nullable: true).Description("The account that diverted it.");
        Field(r => r.Deadline, nullable: true).Description(
            "When the department must reply by (UTC): the end (Asia/Shanghai) of the kind's last working day counted "
            + "from the day of diversion, moved by approved extensions.");
        Field(r => r.HandledAt, nullable: true).Description("When the department reported it handled (UTC).");
        Field(r => r.HandledBy, nullable: true).Description("The account that recorded the handling.");
        Field(r => r.RepliedAt, nullable: true).Description("When the department replied to the resident (UTC).");
        Field(r => r.RepliedBy, nullable: true).Description("The account that recorded the reply.");
        Field(r => r.Reply, nullable: true).Description("The reply given to the resident.");
        Field(r => r.ClosedAt, nullable: true).Description("When the request was closed (办结, UTC).");
        Field(r => r.ClosedBy, nullable: true).Description("The account that closed it.");
        Field(r => r.Version).Description("Raised by every change; updates name the version they read.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("Computed, never stored: the deadline has passed and the department has not yet replied.")
            .Resolve(ctx => RequestClock.IsOverdue(ctx.Source, RequestClock.Now(ctx)))
            .FieldType.ReadsColumns(nameof(ServiceRequest.Deadline), nameof(ServiceRequest.Stage));
        Field<BooleanGraphType>("onTime")
            .Description("For a replied request: whether the reply came by the deadline; null before the reply.")
            .Resolve(ctx => RequestClock.OnTime(ctx.Source))
            .FieldType.ReadsColumns(nameof(ServiceRequest.Deadline), nameof(ServiceRequest.RepliedAt));
        Reference<Grid>("grid", r => r.GridId, "The grid the request concerns, when known.");
        Reference<ExternalOrganisation>("department", r => r.DepartmentId,
            "The department the request is dispatched to now (its dispatches keep every earlier one).");
        Children<RequestReview>("reviews", v => v.RequestId, "The levels of the 110 centre's four-level review.");
        Children<RequestDispatch>("dispatches", d => d.RequestId,
            "Every dispatch to a department, re-dispatches included.");
        Children<RequestChase>("chases", c => c.RequestId,
            "Chases (催办) after the deadline passed: automatic at expiry, or by the efficiency office.");
        Children<RequestExtension>("extensions", e => e.RequestId, "Requests to extend the deadline, and decisions.");
        Children<ReturnVisit>("returnVisits", v => v.RequestId,
            "Return visits to the resident after the department replied.");
        Dependent<RequestScoring>("scoring", s => s.RequestId, "The three scores, once set.");
        RequiredReference<OrgUnit>("unit", r => r.OwnerUnitId, "The unit that keeps the request.");
    }
}

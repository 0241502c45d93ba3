using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Requests;

public sealed class ServiceRequestType : EntityGraphType<ServiceRequest>
{
    protected override void Define()
    {
        Name = "ServiceRequest";
        Description =
            "A non-police request received by 110 and, after the four-level review, diverted to the 4312345 centre and "
            + "dispatched to a department.";
        this.RequirePermission(Permissions.RequestsRead);
        Field(r => r.Number).Description("Request number, unique within the owning unit.");
        Field(r => r.Kind).Description(
            "Consultation, appeal, complaint, report or major emergency; each kind has its own time limit.");
        Field(r => r.ReceivedAt).Description("When 110 received the request (UTC).");
        Field(r => r.CallerName).Description("Name of the resident who called.");
        SensitiveField(r => r.CallerPhone, Mask.Phone, "Phone of the resident who called.", nullable: true);
        Field(r => r.Summary).Description("What the resident asked for.");
        Field(r => r.Status).Description("Where the request stands.");
        Field(r => r.TicketNumber, nullable: true).Description("Ticket number issued by the 4312345 centre.");
        Field(r => r.DivertedAt, nullable: true)
            .Description("When the request was diverted to the 4312345 centre (UTC).");
        Field(r => r.Deadline, nullable: true)
            .Description("When the department must reply by, from the kind's time limit (UTC).");
        Field(r => r.RepliedAt, nullable: true).Description("When the department replied (UTC).");
        Field(r => r.ClosedAt, nullable: true).Description("When the request was closed (UTC).");
        Field(r => r.EffectivenessScore, nullable: true)
            .Description("Effectiveness score, 0–100; counts in the department's annual performance.");
        Field(r => r.SatisfactionScore, nullable: true)
            .Description("Residents' evaluation score, 0–100; counts in the department's annual performance.");
        Field(r => r.ProcedureScore, nullable: true)
            .Description("Procedure score, 0–100; counts in the department's annual performance.");
        Reference<Grid>("grid", r => r.GridId, "The grid the request concerns, when known.");
        Reference<ExternalOrganisation>("department", r => r.DepartmentId,
            "The department the request was dispatched to.");
        Children<RequestReview>("reviews", v => v.RequestId, "The levels of the 110 centre's four-level review.");
        Children<RequestChase>("chases", c => c.RequestId,
            "Chases by the efficiency office while the request was overdue.");
        Children<ReturnVisit>("returnVisits", v => v.RequestId,
            "Return visits to the resident after the request was handled.");
        RequiredReference<OrgUnit>("unit", r => r.OwnerUnitId, "The unit that keeps the request.");
    }
}

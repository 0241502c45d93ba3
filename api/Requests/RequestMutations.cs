using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Requests;

public sealed class RequestMutations(TimeProvider clock, RequestDeadlines deadlines) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var steps = new RequestCommands(clock, deadlines);
        var stage = typeof(ErrorGraphType<RequestStageError>);
        mutation.Mutation<ReceiveServiceRequestInput, ServiceRequest, ServiceRequestType>("receiveServiceRequest",
                "Records a non-police request as the 110 centre received it (接警登记); it awaits level 1 of the "
                + "four-level review.", "serviceRequest", steps.Receive,
                typeof(ErrorGraphType<GridOutsideUnitError>), typeof(ErrorGraphType<RequestNumberTakenError>))
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<ReviewServiceRequestInput, ServiceRequest, ServiceRequestType>("reviewServiceRequest",
                "Decides the level of the four-level review (四级审核) awaiting a decision, as the caller's account.",
                "serviceRequest", steps.Review, stage, typeof(ErrorGraphType<ReviewerAlreadyReviewedError>),
                typeof(ErrorGraphType<CannotEscalateError>))
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<DivertServiceRequestInput, ServiceRequest, ServiceRequestType>("divertServiceRequest",
                "Diverts a cleared request to the 4312345 centre (分流) under its ticket number; the deadline is set "
                + "from the kind's time limit.", "serviceRequest", steps.Divert, stage,
                typeof(ErrorGraphType<TicketNumberTakenError>))
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<DispatchServiceRequestInput, ServiceRequest, ServiceRequestType>("dispatchServiceRequest",
                "Dispatches a diverted request to a department (派单).", "serviceRequest", steps.Dispatch, stage,
                typeof(ErrorGraphType<NotADepartmentError>))
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<RedispatchServiceRequestInput, ServiceRequest, ServiceRequestType>(
                "redispatchServiceRequest",
                "Re-dispatches a request to another department (改派); the earlier dispatch ends and stays on record.",
                "serviceRequest", steps.Redispatch, stage, typeof(ErrorGraphType<NotADepartmentError>),
                typeof(ErrorGraphType<SameDepartmentError>))
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<AcceptServiceRequestInput, ServiceRequest, ServiceRequestType>("acceptServiceRequest",
                "Records that the department accepted the request (签收).", "serviceRequest", steps.Accept, stage)
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<HandleServiceRequestInput, ServiceRequest, ServiceRequestType>("handleServiceRequest",
                "Records that the department handled the request (办理).", "serviceRequest", steps.Handle, stage)
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<ReplyServiceRequestInput, ServiceRequest, ServiceRequestType>("replyServiceRequest",
                "Records the department's reply to the resident (答复); on time if by the deadline.", "serviceRequest",
                steps.Reply, stage)
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<CloseServiceRequestInput, ServiceRequest, ServiceRequestType>("closeServiceRequest",
                "Closes a replied request (办结).", "serviceRequest", steps.Close, stage)
            .RequirePermission(Permissions.RequestsWrite);

        var followUp = new RequestFollowUpCommands(clock, deadlines);
        mutation.Mutation<ChaseServiceRequestInput, RequestChase, RequestChaseType>("chaseServiceRequest",
                "Chases a request past its deadline by hand (效能办催办); automatic chases are raised at expiry.",
                "chase", followUp.Chase, stage, typeof(ErrorGraphType<RequestNotOverdueError>))
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<RequestDeadlineExtensionInput, RequestExtension, RequestExtensionType>(
                "requestDeadlineExtension",
                "Asks for more working days before a request's deadline (延期申请); one open request at a time.",
                "extension", followUp.RequestExtension, stage, typeof(ErrorGraphType<ExtensionAlreadyOpenError>))
            .RequirePermission(Permissions.RequestsWrite);
        Type[] decisionErrors =
        [
            stage, typeof(ErrorGraphType<ExtensionDecidedError>), typeof(ErrorGraphType<ExtensionSelfApprovalError>),
        ];
        mutation.Mutation<ApproveDeadlineExtensionInput, RequestExtension, RequestExtensionType>(
                "approveDeadlineExtension",
                "Approves an open extension, as an approver other than the account that asked: the deadline moves "
                + "by its working days.", "extension", followUp.Approve, decisionErrors)
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<DeclineDeadlineExtensionInput, RequestExtension, RequestExtensionType>(
                "declineDeadlineExtension",
                "Declines an open extension, as an approver other than the account that asked: the deadline stands.",
                "extension", followUp.Decline, decisionErrors)
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<RecordReturnVisitInput, ReturnVisit, ReturnVisitType>("recordReturnVisit",
                "Records a return visit (回访) to the resident after the department replied, by SMS, phone or in "
                + "person.", "returnVisit", followUp.RecordVisit, stage)
            .RequirePermission(Permissions.RequestsWrite);
        mutation.Mutation<ScoreServiceRequestInput, RequestScoring, RequestScoringType>("scoreServiceRequest",
                "Sets a request's three scores after its return visit, once; they count in the performance of the "
                + "department that answered it.", "scoring", followUp.Score, stage,
                typeof(ErrorGraphType<ScoreOutOfRangeError>), typeof(ErrorGraphType<ReturnVisitMissingError>),
                typeof(ErrorGraphType<AlreadyScoredError>))
            .RequirePermission(Permissions.RequestsWrite);
    }
}

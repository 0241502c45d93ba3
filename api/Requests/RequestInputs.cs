using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Requests;

/// <summary>A step on one request, named with the version read.</summary>
public abstract record RequestStepInput
{
    [Id, Description("Global id of the request.")]
    public required string RequestId { get; init; }

    [Description("The request's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("A non-police request as the 110 centre received it (接警登记); it enters level 1 of the review.")]
public sealed record ReceiveServiceRequestInput : IIdempotentInput
{
    [Id, Description("Global id of the unit (community office or station) in the caller's scope that keeps it.")]
    public required string UnitId { get; init; }

    [Id, Description("Global id of the grid (网格) concerned, when known; it must belong to the unit.")]
    public string? GridId { get; init; }

    [Description("The 110 centre's incident number, unique within the unit; at most 40 characters.")]
    public required string Number { get; init; }

    [Description("The kind; it sets the time limit once diverted.")]
    public required RequestKind Kind { get; init; }

    [Description("When 110 received the call (UTC); now when left out; never in the future.")]
    public DateTime? ReceivedAt { get; init; }

    [Description("Caller's name; stored encrypted, read masked (张*) without pii.read. At most 50 characters.")]
    public required string CallerName { get; init; }

    [Description("Caller's phone: digits, optional leading + and dashes; stored encrypted, read masked.")]
    public string? CallerPhone { get; init; }

    [Description("What the resident asked for; at most 2000 characters.")]
    public required string Summary { get; init; }

    [Description("Chosen by the caller, unique per request meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("The caller's decision at the level of the review awaiting one. Each level is decided by a different "
    + "account.")]
public sealed record ReviewServiceRequestInput : RequestStepInput
{
    [Description("NON_POLICE_MATTER (to the next level; after level 4 cleared), POLICE_MATTER (ends the diversion), "
        + "ESCALATED (straight to level 4; not at level 4), REJECTED (not acted on; the note gives the reason).")]
    public required ReviewDecision Decision { get; init; }

    [Description("Reviewer's note, at most 500 characters; required for REJECTED (hoax, abusive, duplicate of an "
        + "open request, no reachable content).")]
    public string? Note { get; init; }
}

[Description("Diversion of a cleared request to the 4312345 centre (分流): the deadline starts running.")]
public sealed record DivertServiceRequestInput : RequestStepInput
{
    [Description("The ticket number (工单号) the 4312345 centre issued, unique within the unit; at most 40 characters.")]
    public required string TicketNumber { get; init; }
}

[Description("Dispatch of a diverted request to a department (派单).")]
public sealed record DispatchServiceRequestInput : RequestStepInput
{
    [Id, Description("Global id of the department: an external organisation of kind DEPARTMENT.")]
    public required string DepartmentId { get; init; }
}

[Description("Re-dispatch (改派) of a dispatched or accepted request to another department; the running dispatch "
    + "ends and stays on record.")]
public sealed record RedispatchServiceRequestInput : RequestStepInput
{
    [Id, Description("Global id of the other department: an external organisation of kind DEPARTMENT.")]
    public required string DepartmentId { get; init; }

    [Description("Why the request moves; at most 500 characters.")]
    public required string Reason { get; init; }
}

[Description("A step of the department on a request: accepting, handling or closing it.")]
public sealed record AcceptServiceRequestInput : RequestStepInput;

[Description("The department reports the request handled.")]
public sealed record HandleServiceRequestInput : RequestStepInput;

[Description("The department's reply to the resident (答复).")]
public sealed record ReplyServiceRequestInput : RequestStepInput
{
    [Description("The reply given; at most 2000 characters.")]
    public required string Reply { get; init; }
}

[Description("Closing a replied request (办结).")]
public sealed record CloseServiceRequestInput : RequestStepInput;

[Description("A chase (催办) by the efficiency office of a request past its deadline.")]
public sealed record ChaseServiceRequestInput : IIdempotentInput
{
    [Id, Description("Global id of the request.")]
    public required string RequestId { get; init; }

    [Description("What the office asks for; at most 500 characters.")]
    public required string Note { get; init; }

    [Description("Chosen by the caller, unique per chase meant: a retry with the same key and input chases once.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A request for more working days before the deadline (延期申请); one open at a time.")]
public sealed record RequestDeadlineExtensionInput : IIdempotentInput
{
    [Id, Description("Global id of the request, diverted and not yet replied.")]
    public required string RequestId { get; init; }

    [Description("Working days asked for, 1 to 30.")]
    public required int WorkingDays { get; init; }

    [Description("Why more time is needed; at most 500 characters.")]
    public required string Reason { get; init; }

    [Description("Chosen by the caller, unique per extension asked: a retry with the same key and input asks once.")]
    public string? IdempotencyKey { get; init; }
}

/// <summary>A decision on an open extension, named with the version read.</summary>
public abstract record ExtensionDecisionInput
{
    [Id, Description("Global id of the extension.")]
    public required string Id { get; init; }

    [Description("The extension's version as read.")]
    public required int Version { get; init; }

    [Description("The approver's note; at most 500 characters.")]
    public string? Note { get; init; }
}

[Description("Approval of an open extension by an approver other than the account that asked: the deadline moves.")]
public sealed record ApproveDeadlineExtensionInput : ExtensionDecisionInput;

[Description("Declining an open extension, by an approver other than the account that asked: the deadline stands.")]
public sealed record DeclineDeadlineExtensionInput : ExtensionDecisionInput;

[Description("A return visit (回访) to the resident after the department replied.")]
public sealed record RecordReturnVisitInput : IIdempotentInput
{
    [Id, Description("Global id of the request, replied or closed.")]
    public required string RequestId { get; init; }

    [Description("SMS, PHONE or IN_PERSON.")]
    public required ReturnVisitChannel Channel { get; init; }

    [Description("Whether the resident was satisfied.")]
    public required bool Satisfied { get; init; }

    [Description("What the resident said; at most 500 characters.")]
    public string? Note { get; init; }

    [Description("Chosen by the caller, unique per visit meant: a retry with the same key and input records once.")]
    public string? IdempotencyKey { get; init; }
}

[Description("The three scores of a request after its return visit, each 0–100; set once.")]
public sealed record ScoreServiceRequestInput : IIdempotentInput
{
    [Id, Description("Global id of the request.")]
    public required string RequestId { get; init; }

    [Description("Effectiveness (办理实效), 0–100.")]
    public required int Effectiveness { get; init; }

    [Description("Residents' evaluation (群众评价), 0–100.")]
    public required int ResidentsEvaluation { get; init; }

    [Description("Procedure (办理程序), 0–100.")]
    public required int Procedure { get; init; }

    [Description("Chosen by the caller: a retry with the same key and input answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

using System.ComponentModel;
using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Requests;

public enum RequestKind
{
    [Description("Consultation (咨询类).")] Consultation,
    [Description("Appeal (诉求类): a resident asks for something to be done.")] Appeal,
    [Description("Complaint (投诉类).")] Complaint,
    [Description("Report (举报类) of a breach of rules.")] Report,
    [Description("Major emergency (重大紧急类): due the same day.")] MajorEmergency,
}

/// <summary>Where a request stands in the 110 → 4312345 loop. Overdue is not a stage: it is computed from the
/// deadline and the clock.</summary>
public enum RequestStage
{
    [Description("In the 110 centre's four-level review (四级审核); `reviewLevel` names the level awaiting a decision.")]
    [ChineseName("审核中")]
    UnderReview,
    [Description("Terminal: a review level found it a police matter; handed back to the police, no diversion.")]
    [ChineseName("警务类(已退回)")]
    PoliceMatter,
    [Description("Terminal: not acted on (hoax, abusive, duplicate of an open request, no reachable content); the "
        + "reason is recorded.")]
    [ChineseName("不予受理")]
    Rejected,
    [Description("All four levels agreed it is not a police matter (or level 4 so decided on an escalation); "
        + "awaiting diversion.")]
    [ChineseName("审核通过")]
    Cleared,
    [Description("Diverted to the 4312345 centre with its ticket number; the deadline runs from here.")]
    [ChineseName("已分流")]
    Diverted,
    [Description("Dispatched to a department (派单), which has not yet accepted it.")]
    [ChineseName("已派单")]
    Dispatched,
    [Description("Accepted by the department it was dispatched to.")]
    [ChineseName("已签收")]
    Accepted,
    [Description("Handled by the department; the reply to the resident is still due.")]
    [ChineseName("已办理")]
    Handled,
    [Description("The department replied; the deadline is met if the reply came before it.")]
    [ChineseName("已回复")]
    Replied,
    [Description("Closed (办结).")]
    [ChineseName("已办结")]
    Closed,
}

/// <summary>
/// A non-police request (非警务警情) received by 110 and, once all four review levels agree it is not a police
/// matter, diverted to the 4312345 centre and dispatched to a department. Each step is written once, by whom and
/// when; the dispatches, chases, extensions, return visits and scores are rows of their own.
/// </summary>
public sealed class ServiceRequest : TenantOwnedEntity, IVersioned
{
    public const int CallerNameMaxLength = 50;
    public const int SummaryMaxLength = 2000;
    public const int NoteMaxLength = 500;

    public string Number { get; set; } = "";
    public RequestKind Kind { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string ReceivedBy { get; set; } = "";
    [Sensitive]
    public string CallerName { get; set; } = "";
    [Sensitive]
    public string? CallerPhone { get; set; }
    public string Summary { get; set; } = "";
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    public RequestStage Stage { get; set; }
    /// <summary>The review level (1–4) awaiting a decision while <see cref="Stage"/> is under review; null
    /// after.</summary>
    public int? ReviewLevel { get; set; }
    /// <summary>Why the request was rejected (hoax, abusive, duplicate, no reachable content).</summary>
    public string? RejectionReason { get; set; }
    /// <summary>Ticket number issued by the 4312345 centre.</summary>
    public string? TicketNumber { get; set; }
    public DateTime? DivertedAt { get; set; }
    public string? DivertedBy { get; set; }
    /// <summary>When the department must reply by: set at diversion from the kind's time limit, moved by approved
    /// extensions (whose rows keep each earlier value).</summary>
    public DateTime? Deadline { get; set; }
    /// <summary>Current state kept for filters: the department of the running dispatch (history in
    /// <see cref="RequestDispatch"/>).</summary>
    public long? DepartmentId { get; set; }
    public ExternalOrganisation? Department { get; set; }
    public DateTime? HandledAt { get; set; }
    public string? HandledBy { get; set; }
    public DateTime? RepliedAt { get; set; }
    public string? RepliedBy { get; set; }
    public string? Reply { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public int Version { get; set; }

    /// <summary>Stages after which the department has answered: such a request is never overdue.</summary>
    public static readonly RequestStage[] Answered = [RequestStage.Replied, RequestStage.Closed];

    /// <summary>Every other stage: named, not negated, so the index on stage and deadline finds the overdue requests,
    /// where a NOT IN walked every request in scope.</summary>
    public static readonly RequestStage[] Unanswered = [.. Enum.GetValues<RequestStage>().Except(Answered)];

    /// <summary>Past its deadline and not answered as of <paramref name="now"/>: what every overdue list and count
    /// reads (<see cref="RequestClock.IsOverdue"/> says the same of one request in memory).</summary>
    public static Expression<Func<ServiceRequest, bool>> OverdueAt(DateTime now) =>
        r => r.Deadline < now && Unanswered.Contains(r.Stage);
}

using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Requests;

[Description("The step does not fit the stage the request is in; the code names the stage it needs "
    + "(REQUEST_NOT_UNDER_REVIEW, REQUEST_NOT_CLEARED, REQUEST_NOT_DIVERTED, REQUEST_NOT_WITH_DEPARTMENT, "
    + "REQUEST_NOT_DISPATCHED, REQUEST_NOT_ACCEPTED, REQUEST_NOT_HANDLED, REQUEST_NOT_REPLIED, REQUEST_NOT_OPEN, "
    + "REQUEST_NOT_ANSWERED). Nothing was changed.")]
public sealed record RequestStageError(string StepCode, RequestStage Stage, IReadOnlyList<RequestStage> Allowed,
    IReadOnlyList<string> Path)
    : MutationError(StepCode, new(
        $"该警情当前处于“{EnumNames.Zh(Stage)}”环节,此操作仅适用于“{EnumNames.Zh(Allowed, "、")}”,"
        + "未作更改。",
        $"The request is {EnumNames.Schema(Stage)}; this step takes a request that is "
        + $"{EnumNames.Schema(Allowed)}. Nothing was changed."), Path);

[Description("This account already decided a level of the request's review; each level needs another account. "
    + "Nothing was changed.")]
public sealed record ReviewerAlreadyReviewedError(int Level, IReadOnlyList<string> Path)
    : MutationError("REVIEWER_ALREADY_REVIEWED", new($"该账号已审核过此警情的第 {Level} 级,每级须由不同账号审核,未作更改。",
        $"This account already reviewed level {Level} of the request; each level needs another account. Nothing was "
        + "changed."), Path);

[Description("Level 4 decides alone and cannot escalate; nothing was changed.")]
public sealed record CannotEscalateError(IReadOnlyList<string> Path) : MutationError("CANNOT_ESCALATE",
    new("第 4 级为最高审核级,不能再提交上级,未作更改。", "Level 4 is the highest and cannot escalate; nothing was changed."),
    Path);

[Description("The organisation named is not a department (职能部门); requests are dispatched to departments only. "
    + "Nothing was changed.")]
public sealed record NotADepartmentError(IReadOnlyList<string> Path) : MutationError("NOT_A_DEPARTMENT",
    new("所选单位不是职能部门,只能派单给职能部门,未作更改。",
        "The organisation is not a department; requests are dispatched to departments only. Nothing was changed."),
    Path);

[Description("The request is already with this department; a re-dispatch names another. Nothing was changed.")]
public sealed record SameDepartmentError(IReadOnlyList<string> Path) : MutationError("SAME_DEPARTMENT",
    new("该警情已在此部门办理,改派须选择其他部门,未作更改。",
        "The request is already with this department; re-dispatch it to another. Nothing was changed."), Path);

[Description("Another request of the unit already carries this number; nothing was changed.")]
public sealed record RequestNumberTakenError(string Number, IReadOnlyList<string> Path)
    : MutationError("REQUEST_NUMBER_TAKEN", new($"编号“{Number}”已被本单位其他警情使用,未作更改。",
        $"The number '{Number}' is already another request's; nothing was changed."), Path);

[Description("Another request of the unit already carries this 4312345 ticket number; nothing was changed.")]
public sealed record TicketNumberTakenError(string TicketNumber, IReadOnlyList<string> Path)
    : MutationError("TICKET_NUMBER_TAKEN", new($"工单号“{TicketNumber}”已被其他警情使用,未作更改。",
        $"The ticket number '{TicketNumber}' is already another request's; nothing was changed."), Path);

[Description("The grid does not belong to the unit that keeps the request; nothing was changed.")]
public sealed record GridOutsideUnitError(IReadOnlyList<string> Path) : MutationError("GRID_OUTSIDE_UNIT",
    new("该网格不属于受理单位,未作更改。", "The grid does not belong to the unit; nothing was changed."), Path);

[Description("The request is not past its deadline; it is chased once the deadline has passed. Nothing was "
    + "changed.")]
public sealed record RequestNotOverdueError(DateTime Deadline, IReadOnlyList<string> Path)
    : MutationError("REQUEST_NOT_OVERDUE", new($"该警情办理时限至 {Deadline:yyyy-MM-dd HH:mm:ss}(UTC),尚未超期,未作更改。",
        $"The request is due by {Deadline:yyyy-MM-dd HH:mm:ss} UTC and is not overdue; nothing was changed."), Path);

[Description("An extension of the request's deadline is already waiting for a decision; one at a time. Nothing was "
    + "changed.")]
public sealed record ExtensionAlreadyOpenError(IReadOnlyList<string> Path) : MutationError("EXTENSION_ALREADY_OPEN",
    new("该警情已有待审批的延期申请,未作更改。", "An extension of this request is already waiting for a decision; nothing "
        + "was changed."), Path);

[Description("The extension was already decided; nothing was changed.")]
public sealed record ExtensionDecidedError(ExtensionDecision Decision, IReadOnlyList<string> Path)
    : MutationError("EXTENSION_DECIDED", new($"该延期申请已{(Decision == ExtensionDecision.Approved ? "批准" : "驳回")},"
        + "未作更改。", $"The extension was already {Decision.ToString().ToLowerInvariant()}; nothing was changed."), Path);

[Description("An extension is decided by an approver other than the account that asked for it; nothing was "
    + "changed.")]
public sealed record ExtensionSelfApprovalError(IReadOnlyList<string> Path) : MutationError("EXTENSION_SELF_APPROVAL",
    new("延期申请不能由申请人本人审批,未作更改。", "The account that asked for the extension cannot decide it; nothing was "
        + "changed."), Path);

[Description("A score is outside 0–100; nothing was changed.")]
public sealed record ScoreOutOfRangeError(int Score, IReadOnlyList<string> Path) : MutationError(
    "SCORE_OUT_OF_RANGE", new($"分值 {Score} 须在 {RequestScoring.MinScore} 到 {RequestScoring.MaxScore} 之间,未作更改。",
        $"The score {Score} must be between {RequestScoring.MinScore} and {RequestScoring.MaxScore}; nothing was "
        + "changed."), Path);

[Description("A request is scored after its return visit; nothing was changed.")]
public sealed record ReturnVisitMissingError(IReadOnlyList<string> Path) : MutationError("RETURN_VISIT_MISSING",
    new("该警情尚未回访,回访后方可评分,未作更改。", "The request has had no return visit yet; score it after one. Nothing was "
        + "changed."), Path);

[Description("The request's scores are set once and were set already; nothing was changed.")]
public sealed record AlreadyScoredError(DateTime ScoredAt, IReadOnlyList<string> Path) : MutationError(
    "ALREADY_SCORED", new($"该警情已于 {ScoredAt:yyyy-MM-dd}(UTC)评分,评分只设一次,未作更改。",
        $"The request was already scored on {ScoredAt:yyyy-MM-dd} (UTC); scores are set once. Nothing was changed."),
    Path);

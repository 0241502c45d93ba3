using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Informants;

[Description("No authorisation covers today: the informant's twelve months ran out without renewal (the last ended "
    + "on the day given). Renew the authorisation first; nothing was changed.")]
public sealed record InformantLapsedError(DateOnly? AuthorisedUntil, IReadOnlyList<string> Path)
    : MutationError("INFORMANT_LAPSED", new($"该信息员授权已于 {AuthorisedUntil:yyyy-MM-dd} 到期,须先续期,未作更改。",
        $"The informant's authorisation lapsed after {AuthorisedUntil:yyyy-MM-dd}; renew it first. Nothing was "
        + "changed."), Path);

[Description("The informant was deactivated; the file stays readable but takes no further work. Nothing was changed.")]
public sealed record InformantDeactivatedError(DateOnly DeactivatedOn, IReadOnlyList<string> Path)
    : MutationError("INFORMANT_DEACTIVATED", new($"该信息员已于 {DeactivatedOn:yyyy-MM-dd} 停用,未作更改。",
        $"The informant was deactivated on {DeactivatedOn:yyyy-MM-dd}; nothing was changed."), Path);

[Description("Another informant of the unit already carries this code name; nothing was changed.")]
public sealed record CodeNameTakenError(string CodeName, IReadOnlyList<string> Path)
    : MutationError("CODE_NAME_TAKEN", new($"代号“{CodeName}”已被本单位其他信息员使用,未作更改。",
        $"The code name '{CodeName}' is already another informant's in this unit; nothing was changed."), Path);

[Description("One officer would be both handler and controller of the informant on the same day; the controller "
    + "oversees the handler and must be someone else. Nothing was changed.")]
public sealed record HandlerIsControllerError(IReadOnlyList<string> Path)
    : MutationError("HANDLER_IS_CONTROLLER", new("同一民警不能同时担任该信息员的联络员和管理负责人,未作更改。",
        "One officer cannot be the informant's handler and controller on the same day; nothing was changed."), Path);

[Description("The officer is already the informant's handler or controller in the running period; nothing was "
    + "changed.")]
public sealed record AlreadyAssignedError(IReadOnlyList<string> Path)
    : MutationError("ALREADY_ASSIGNED", new("该民警已在担任此职,未作更改。",
        "The officer already holds this role for the informant; nothing was changed."), Path);

[Description("A handover must start after the running period's first day, so that period keeps at least one day; "
    + "nothing was changed.")]
public sealed record HandoverBeforePeriodStartError(DateOnly RunningFrom, IReadOnlyList<string> Path)
    : MutationError("HANDOVER_BEFORE_PERIOD_START", new($"现任期始于 {RunningFrom:yyyy-MM-dd},交接日须在其后,未作更改。",
        $"The running period starts on {RunningFrom:yyyy-MM-dd}; a handover must come after it. Nothing was "
        + "changed."), Path);

[Description("The officer was neither the informant's handler nor controller on the day of the contact; only they "
    + "meet the informant. Nothing was changed.")]
public sealed record NotHandlingInformantError(DateOnly On, IReadOnlyList<string> Path)
    : MutationError("NOT_HANDLING_INFORMANT", new($"该民警在 {On:yyyy-MM-dd} 并非该信息员的联络员或管理负责人,未作更改。",
        $"The officer was not the informant's handler or controller on {On:yyyy-MM-dd}; nothing was changed."),
        Path);

[Description("The amount is outside the bureau's reward rules: 50 to 500 yuan (a correction may also reverse it "
    + "to 0). Nothing was changed.")]
public sealed record RewardOutOfRangeError(decimal Amount, IReadOnlyList<string> Path)
    : MutationError("REWARD_OUT_OF_RANGE", new($"奖励金额 {Amount} 元不在 50 至 500 元之间,未作更改。",
        $"A reward of {Amount} yuan is outside 50 to 500 yuan; nothing was changed."), Path);

[Description("Only a tip marked useful earns a reward; nothing was changed.")]
public sealed record TipNotUsefulError(IReadOnlyList<string> Path)
    : MutationError("TIP_NOT_USEFUL", new("该线索未被认定为有价值,不能奖励,未作更改。",
        "The tip is not marked useful, so it earns no reward; nothing was changed."), Path);

[Description("The approver was the informant's handler on the day the reward was offered; a reward is approved by "
    + "someone other than the handler. Nothing was changed.")]
public sealed record RewardApproverWasHandlerError(IReadOnlyList<string> Path)
    : MutationError("REWARD_APPROVER_WAS_HANDLER", new("审批人在奖励提出之日是该信息员的联络员,不能审批,未作更改。",
        "The approver was the informant's handler on the day the reward was offered; nothing was changed."), Path);

[Description("The approver offered the reward; an offer is approved by someone else. Nothing was changed.")]
public sealed record RewardApproverWasOffererError(IReadOnlyList<string> Path)
    : MutationError("REWARD_APPROVER_WAS_OFFERER", new("奖励提出人不能审批自己提出的奖励,未作更改。",
        "The one who offered the reward cannot approve it; nothing was changed."), Path);

[Description("The reward is not in a status this step takes (the status it is in, and those it may be in, are "
    + "given); nothing was changed.")]
public sealed record RewardNotInStatusError(RewardStatus Status, IReadOnlyList<RewardStatus> Allowed,
    IReadOnlyList<string> Path)
    : MutationError("REWARD_NOT_IN_STATUS", new(
        $"该奖励现为“{EnumNames.Zh(Status)}”,此操作仅适用于“{EnumNames.Zh(Allowed, "”或“")}”的奖励,"
        + "未作更改。",
        $"The reward is {EnumNames.Schema(Status)}; this step takes a reward that is "
        + $"{EnumNames.Schema(Allowed)}. Nothing was changed."), Path);

[Description("The tip was already marked useful; nothing was changed.")]
public sealed record TipAlreadyUsefulError(IReadOnlyList<string> Path)
    : MutationError("TIP_ALREADY_USEFUL", new("该线索已被认定为有价值,未作更改。",
        "The tip is already marked useful; nothing was changed."), Path);

[Description("The authorisation still runs for more than a month (until the day given); renew it within its last "
    + "month or after it has lapsed. Nothing was changed.")]
public sealed record AuthorisationRunningError(DateOnly AuthorisedUntil, IReadOnlyList<string> Path)
    : MutationError("AUTHORISATION_RUNNING", new($"授权有效至 {AuthorisedUntil:yyyy-MM-dd},到期前一个月内方可续期,未作更改。",
        $"The authorisation runs until {AuthorisedUntil:yyyy-MM-dd}; renew it within its last month. Nothing was "
        + "changed."), Path);

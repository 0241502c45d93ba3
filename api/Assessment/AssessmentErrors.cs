using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Assessment;

[Description("The duty catalogue is kept by the county bureau alone: a caller below the top of the tree may not change "
    + "it, whatever its permissions. Nothing was changed.")]
public sealed record BureauOnlyError(IReadOnlyList<string> Path) : MutationError("BUREAU_ONLY",
    new("职责目录仅由县局维护,未作更改。", "Only the county bureau keeps the duty catalogue; nothing was changed."), Path);

[Description("Another duty item already has this code; codes are unique in the catalogue. Nothing was changed.")]
public sealed record DutyItemCodeTakenError(string Code, IReadOnlyList<string> Path) : MutationError("DUPLICATE_CODE",
    new($"职责细目代码“{Code}”已被使用,未作更改。", $"The duty item code '{Code}' is already in use; nothing was changed."),
    Path);

[Description("The duty item was already retired; nothing was changed.")]
public sealed record DutyItemRetiredError(DateOnly RetiredOn, IReadOnlyList<string> Path)
    : MutationError("DUTY_ITEM_RETIRED", new($"该职责细目已于 {RetiredOn:yyyy-MM-dd} 停用,未作更改。",
        $"The duty item was already retired on {RetiredOn:yyyy-MM-dd}; nothing was changed."), Path);

[Description("The three weights must each be 0 or more and sum to 100; nothing was changed.")]
public sealed record WeightsMustSumTo100Error(int Sum, IReadOnlyList<string> Path)
    : MutationError("WEIGHTS_MUST_SUM_TO_100", new($"三方权重之和须为 100(现为 {Sum}),且均不为负,未作更改。",
        $"The three weights must be 0 or more and sum to 100 (they sum to {Sum}); nothing was changed."), Path);

[Description("The person held no community-officer posting (OFFICE_POLICE) at the office on any day of the period; "
    + "nothing was changed.")]
public sealed record OfficerNotPostedError(IReadOnlyList<string> Path) : MutationError("OFFICER_NOT_POSTED",
    new("此人在该期间内未任该警务室社区民警,未作更改。",
        "The person held no community-officer posting at the office in the period; nothing was changed."), Path);

[Description("An assessment for the same person, office and period already exists; nothing was changed.")]
public sealed record DuplicatePeriodError(DateOnly From, DateOnly To, IReadOnlyList<string> Path)
    : MutationError("DUPLICATE_PERIOD", new($"{From:yyyy-MM-dd} 至 {To:yyyy-MM-dd} 的考核已存在,未作更改。",
        $"An assessment for {From:yyyy-MM-dd} to {To:yyyy-MM-dd} already exists; nothing was changed."), Path);

[Description("The bureau's score (县局) is recorded from above the office — by its station or the bureau — never by "
    + "the office assessed; nothing was changed.")]
public sealed record AssessorNotIndependentError(IReadOnlyList<string> Path) : MutationError("ASSESSOR_NOT_INDEPENDENT",
    new("县局评分须由警务室的上级(派出所或县局)录入,不能由被考核的警务室录入,未作更改。",
        "The bureau's score is recorded from above the office (its station or the bureau), not by the office "
        + "assessed; nothing was changed."), Path);

[Description("The officer was not posted as community officer at an office where the person served as a grid worker, "
    + "at the same time, in the period: an officer assesses only the grid workers they manage. Nothing was changed.")]
public sealed record AssessorDoesNotManageError(IReadOnlyList<string> Path) : MutationError("ASSESSOR_DOES_NOT_MANAGE",
    new("该民警在此期间未与该网格员同在一个警务室任职,不能考核此人,未作更改。",
        "The officer did not manage the grid worker in the period (no office where both served at the same time); "
        + "nothing was changed."), Path);

using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.FieldWork;

[Description("The work is stated to happen more than 5 minutes after the server's clock: a terminal records work "
    + "done, not planned. Nothing was recorded.")]
public sealed record OccurredInFutureError(DateTime ReceivedAt, IReadOnlyList<string> Path)
    : MutationError("OCCURRED_IN_FUTURE", new($"工作时间晚于服务器时间({ReceivedAt:yyyy-MM-dd HH:mm:ss}Z)5 分钟以上,未记录。",
        $"The work is stated to happen more than 5 minutes after the server's time "
        + $"({ReceivedAt:yyyy-MM-dd HH:mm:ss}Z); nothing was recorded."), Path)
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
}

[Description("The person held no posting on the county day the work was done (before they were posted, after the "
    + "posting ended, or a posting the caller cannot see); nothing was recorded.")]
public sealed record PersonNotPostedError(DateOnly Day, IReadOnlyList<string> Path) : MutationError(
    "PERSON_NOT_POSTED", new($"此人于 {Day:yyyy-MM-dd} 无任职,未记录。",
        $"The person held no posting on {Day:yyyy-MM-dd}; nothing was recorded."), Path);

[Description("A special-group service (特殊群体上门服务) names the resident served; nothing was recorded.")]
public sealed record ResidentRequiredError(IReadOnlyList<string> Path) : MutationError("RESIDENT_REQUIRED",
    new("特殊群体上门服务须指明所服务的居民,未记录。", "A special-group service names the resident served; nothing was recorded."),
    Path);

[Description("The resident named for a special-group service belongs to no special group on file (elderly living "
    + "alone, left-behind child, disabled, veteran); nothing was recorded.")]
public sealed record NotSpecialGroupError(IReadOnlyList<string> Path) : MutationError("NOT_SPECIAL_GROUP",
    new("该居民不属于任何特殊群体,不能记为特殊群体上门服务,未记录。",
        "The resident belongs to no special group, so the work is not a special-group service; nothing was recorded."),
    Path);

[Description("Population record entries (人口信息录入) are not typed in: they are derived from the registry's own "
    + "writes (residents, houses and units recorded or revised), so each counts once. Nothing was recorded.")]
public sealed record PopulationRecordDerivedError(IReadOnlyList<string> Path) : MutationError(
    "POPULATION_RECORD_DERIVED", new("人口信息录入由登记簿的录入和修订自动生成,不能手工记录或更正,未作更改。",
        "Population record entries are derived from writes to the registry and cannot be recorded or corrected by "
        + "hand; nothing was changed."), Path);

[Description("The entry was already corrected or voided: only an active entry is corrected or voided, and history is "
    + "not rewritten. Nothing was changed.")]
public sealed record FieldWorkNotActiveError(FieldWorkStatus Status, IReadOnlyList<string> Path) : MutationError(
    "FIELD_WORK_NOT_ACTIVE", new($"该记录已{(Status == FieldWorkStatus.Corrected ? "更正" : "作废")},未作更改。",
        $"The entry was already {(Status == FieldWorkStatus.Corrected ? "corrected" : "voided")}; "
        + "nothing was changed."),
    Path);

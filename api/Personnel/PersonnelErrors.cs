using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Personnel;

[Description("Another person the caller can see already carries this badge number (警号); nothing was changed.")]
public sealed record BadgeNumberTakenError(string BadgeNumber, IReadOnlyList<string> Path)
    : MutationError("BADGE_NUMBER_TAKEN", new($"警号“{BadgeNumber}”已被他人使用,未作更改。",
        $"The badge number '{BadgeNumber}' is already someone else's; nothing was changed."), Path);

[Description("The person is deactivated: they cannot be posted, transferred or deactivated again; nothing was "
    + "changed.")]
public sealed record PersonDeactivatedError(DateOnly DeactivatedOn, IReadOnlyList<string> Path)
    : MutationError("PERSON_DEACTIVATED", new($"此人已于 {DeactivatedOn:yyyy-MM-dd} 停用,未作更改。",
        $"The person was deactivated on {DeactivatedOn:yyyy-MM-dd}; nothing was changed."), Path);

[Description("The role does not fit the person's kind: police hold OFFICE_POLICE or STATION_OFFICER, auxiliary police "
    + "OFFICE_AUXILIARY, grid workers GRID_WORKER; nothing was changed.")]
public sealed record RoleDoesNotFitPersonError(AssignmentRole Role, PersonKind Kind, IReadOnlyList<string> Path)
    : MutationError("ROLE_DOES_NOT_FIT_PERSON", new($"{EnumNames.Zh(Kind)}不能担任{EnumNames.Zh(Role)},未作更改。",
        $"A person of kind {EnumNames.Schema(Kind)} cannot hold the role {EnumNames.Schema(Role)}; nothing was "
        + "changed."), Path);

[Description("The role does not fit the unit: office roles are held at a community office, STATION_OFFICER at a "
    + "station; nothing was changed.")]
public sealed record RoleDoesNotFitUnitError(AssignmentRole Role, IReadOnlyList<string> Path)
    : MutationError("ROLE_DOES_NOT_FIT_UNIT", new(
        $"{EnumNames.Zh(Role)}须任职于{(Role == AssignmentRole.StationOfficer ? "派出所" : "社区警务室")},"
        + "未作更改。",
        $"The role {EnumNames.Schema(Role)} is held at a "
        + $"{(Role == AssignmentRole.StationOfficer ? "station" : "community office")}; "
        + "nothing was changed."), Path);

[Description("The grid belongs to another office than the one of the posting; nothing was changed.")]
public sealed record GridOutsideOfficeError(IReadOnlyList<string> Path) : MutationError("GRID_OUTSIDE_OFFICE",
    new("该网格不属于所任职的警务室,未作更改。", "The grid does not belong to the office of the posting; nothing was changed."),
    Path);

[Description("The squad belongs to another station than the one of the posting; nothing was changed.")]
public sealed record SquadOutsideStationError(IReadOnlyList<string> Path) : MutationError("SQUAD_OUTSIDE_STATION",
    new("该中队不属于所任职的派出所,未作更改。", "The squad does not belong to the station of the posting; nothing was changed."),
    Path);

[Description("The posting would overlap another posting of the person, which runs until the day given (null: still "
    + "running). A posting may start the day after another ends, not the day it ends; nothing was changed.")]
public sealed record PostingOverlapError(DateOnly OtherFrom, DateOnly? OtherTo, IReadOnlyList<string> Path)
    : MutationError("POSTING_OVERLAP", new(
        $"与此人 {OtherFrom:yyyy-MM-dd} 起{(OtherTo is { } to ? $"至 {to:yyyy-MM-dd}" : "至今")}的任职重叠,未作更改。",
        $"The posting would overlap the person's posting from {OtherFrom:yyyy-MM-dd} "
        + $"{(OtherTo is { } end ? $"to {end:yyyy-MM-dd}" : "that still runs")}; nothing was changed."), Path);

[Description("The posting has already ended; history is not rewritten. Nothing was changed.")]
public sealed record PostingEndedError(DateOnly To, IReadOnlyList<string> Path) : MutationError("POSTING_ENDED",
    new($"该任职已于 {To:yyyy-MM-dd} 结束,未作更改。", $"The posting already ended on {To:yyyy-MM-dd}; nothing was changed."),
    Path);

[Description("A posting would end before its first day; nothing was changed.")]
public sealed record PostingEndsBeforeStartError(DateOnly From, IReadOnlyList<string> Path)
    : MutationError("POSTING_ENDS_BEFORE_START", new($"任职始于 {From:yyyy-MM-dd},不能在此之前结束,未作更改。",
        $"The posting starts on {From:yyyy-MM-dd} and cannot end before it; nothing was changed."), Path);

[Description("The period overlaps a leave period of the person that is not cancelled; nothing was changed.")]
public sealed record LeaveOverlapError(DateOnly OtherFrom, DateOnly OtherTo, IReadOnlyList<string> Path)
    : MutationError("LEAVE_OVERLAP", new($"与此人 {OtherFrom:yyyy-MM-dd} 至 {OtherTo:yyyy-MM-dd} 的休假重叠,未作更改。",
        $"The period overlaps the person's leave from {OtherFrom:yyyy-MM-dd} to {OtherTo:yyyy-MM-dd}; nothing was "
        + "changed."), Path);

[Description("The leave period was already cancelled; nothing was changed.")]
public sealed record LeaveCancelledError(DateOnly CancelledOn, IReadOnlyList<string> Path)
    : MutationError("LEAVE_CANCELLED", new($"该休假已于 {CancelledOn:yyyy-MM-dd} 取消,未作更改。",
        $"The leave period was already cancelled on {CancelledOn:yyyy-MM-dd}; nothing was changed."), Path);

using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Mediation;

/// <summary>A step the case's stage does not allow: names the stage it is in and the stages the step needs.</summary>
public abstract record MediationStageError(string Code, MediationStage Stage,
    IReadOnlyList<MediationStage> Allowed, IReadOnlyList<string> Path)
    : MutationError(Code, new(
        $"案件处于“{EnumNames.Zh(Stage)}”阶段,此步骤须在“{EnumNames.Zh(Allowed, "”或“")}”阶段,"
        + "未作更改。",
        $"The case is {EnumNames.Schema(Stage)}; this step needs it "
        + $"{EnumNames.Schema(Allowed)}; nothing was changed."), Path);

[Description("Only a REGISTERED case is accepted or declined; nothing was changed.")]
public sealed record MediationCaseNotRegisteredError(MediationStage Stage, IReadOnlyList<string> Path)
    : MediationStageError("CASE_NOT_REGISTERED", Stage, [MediationStage.Registered], Path);

[Description("Only an ACCEPTED case is investigated; nothing was changed.")]
public sealed record MediationCaseNotAcceptedError(MediationStage Stage, IReadOnlyList<string> Path)
    : MediationStageError("CASE_NOT_ACCEPTED", Stage, [MediationStage.Accepted], Path);

[Description("Sessions are held on an INVESTIGATED case or one IN_SESSIONS; nothing was changed.")]
public sealed record MediationCaseNotInvestigatedError(MediationStage Stage, IReadOnlyList<string> Path)
    : MediationStageError("CASE_NOT_INVESTIGATED", Stage, [MediationStage.Investigated, MediationStage.InSessions],
        Path);

[Description("An agreement settles a case IN_SESSIONS (at least one session held); nothing was changed.")]
public sealed record MediationCaseNotInSessionsError(MediationStage Stage, IReadOnlyList<string> Path)
    : MediationStageError("CASE_NOT_IN_SESSIONS", Stage, [MediationStage.InSessions], Path);

[Description("Only a case under mediation (ACCEPTED, INVESTIGATED or IN_SESSIONS) fails or is referred; nothing was "
    + "changed.")]
public sealed record MediationCaseNotOpenError(MediationStage Stage, IReadOnlyList<string> Path)
    : MediationStageError("CASE_NOT_OPEN", Stage,
        [MediationStage.Accepted, MediationStage.Investigated, MediationStage.InSessions], Path);

[Description("Only a case whose agreement was reached (AGREEMENT_REACHED) is followed up; nothing was changed.")]
public sealed record MediationCaseNotSettledError(MediationStage Stage, IReadOnlyList<string> Path)
    : MediationStageError("CASE_NOT_SETTLED", Stage, [MediationStage.AgreementReached], Path);

[Description("The step is dated before the case's previous step; nothing was changed.")]
public sealed record MediationStepBeforePreviousError(DateTime PreviousAt, IReadOnlyList<string> Path)
    : MutationError("STEP_BEFORE_PREVIOUS_STEP", new(
        $"此步骤的时间早于案件上一步骤({PreviousAt:yyyy-MM-dd HH:mm:ss}Z),未作更改。",
        $"The step is dated before the case's previous step ({PreviousAt:yyyy-MM-dd HH:mm:ss}Z); nothing was "
        + "changed."), Path);

[Description("The seat is not on the case's committee, or was not held on the session's county day; nothing was "
    + "changed.")]
public sealed record MediatorNotOnCommitteeError(string MemberId, DateOnly Day, IReadOnlyList<string> Path)
    : MutationError("MEDIATOR_NOT_ON_COMMITTEE", new($"调解员“{MemberId}”在 {Day:yyyy-MM-dd} 不是本案调解委员会的委员,未作更改。",
        $"The seat '{MemberId}' was not held on the case's committee on {Day:yyyy-MM-dd}; nothing was changed."),
        Path);

[Description("A committee is chaired by its station's deputy director: a person holding the position "
    + "STATION_DEPUTY_DIRECTOR and a running posting at the committee's station; nothing was changed.")]
public sealed record ChairNotDeputyDirectorError(IReadOnlyList<string> Path)
    : MutationError("CHAIR_NOT_DEPUTY_DIRECTOR", new("调解委员会主任须由本所副所长担任,此人不是在任的本所副所长,未作更改。",
        "The committee is chaired by its station's deputy director, and this person is not one now; nothing was "
        + "changed."), Path);

[Description("Another case of the unit carries this case number; nothing was changed.")]
public sealed record MediationCaseNumberTakenError(string CaseNumber, IReadOnlyList<string> Path)
    : MutationError("CASE_NUMBER_TAKEN", new($"本单位已有案号为“{CaseNumber}”的调解案件,未作更改。",
        $"The unit already has a mediation case numbered '{CaseNumber}'; nothing was changed."), Path);

[Description("The committee sits neither at the unit nor above it, so it cannot mediate what arises there; nothing "
    + "was changed.")]
public sealed record CommitteeNotOverUnitError(IReadOnlyList<string> Path)
    : MutationError("COMMITTEE_NOT_OVER_UNIT", new("该调解委员会不在本单位或其上级单位,不能调解本单位的纠纷,未作更改。",
        "The committee sits neither at the unit nor above it; nothing was changed."), Path);

[Description("The grid lies outside the unit that owns the case; nothing was changed.")]
public sealed record MediationGridOutsideUnitError(IReadOnlyList<string> Path)
    : MutationError("GRID_OUTSIDE_UNIT", new("该网格不在案件所属单位内,未作更改。",
        "The grid lies outside the unit that owns the case; nothing was changed."), Path);

[Description("A people's mediation committee sits in a station; nothing was changed.")]
public sealed record CommitteeNotAtStationError(IReadOnlyList<string> Path)
    : MutationError("COMMITTEE_NOT_AT_STATION", new("人民调解委员会须设在派出所,未作更改。",
        "A people's mediation committee sits in a station; nothing was changed."), Path);

[Description("The person already holds a seat on the committee that overlaps the new one; nothing was changed.")]
public sealed record MediationSeatOverlapError(DateOnly OtherFrom, DateOnly? OtherTo, IReadOnlyList<string> Path)
    : MutationError("SEAT_OVERLAP", new(
        $"此人在该委员会 {OtherFrom:yyyy-MM-dd} 起{(OtherTo is { } to ? $"至 {to:yyyy-MM-dd}" : "至今")}的席位与之重叠,未作更改。",
        $"The person's seat on the committee from {OtherFrom:yyyy-MM-dd} "
        + $"{(OtherTo is { } end ? $"to {end:yyyy-MM-dd}" : "that still runs")} overlaps; nothing was changed."), Path);

[Description("The seat has already ended; history is not rewritten. Nothing was changed.")]
public sealed record MediationMembershipEndedError(DateOnly To, IReadOnlyList<string> Path)
    : MutationError("MEMBERSHIP_ENDED", new($"该席位已于 {To:yyyy-MM-dd} 结束,未作更改。",
        $"The seat already ended on {To:yyyy-MM-dd}; nothing was changed."), Path);

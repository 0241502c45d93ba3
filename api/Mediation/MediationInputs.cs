using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.Mediation;

[Description("A party to the dispute as the application names them.")]
public sealed record MediationPartyInput
{
    [Description("Applicant (申请人), respondent (被申请人) or other party.")]
    public required MediationPartyRole Role { get; init; }

    [Description("Full name; trimmed, at most 50 characters.")]
    public required string Name { get; init; }

    [Description("Resident ID number (居民身份证号码): 18 characters with a valid birth date and check character.")]
    public string? IdNumber { get; init; }

    [Description("Phone: digits, with an optional leading + and dashes, at most 20 characters.")]
    public string? Phone { get; init; }

    [Description("Where the party lives, at most 200 characters.")]
    public string? Address { get; init; }

    [Id, Description("Global id of the resident on the registry the party is, in the caller's scope.")]
    public string? ResidentId { get; init; }
}

[Description("An application for mediation (调解申请), registered with the unit where the dispute arose.")]
public sealed record RegisterMediationCaseInput : IIdempotentInput
{
    public const int MaxParties = 20;

    [Id, Description("Global id of the unit where the dispute arose, which owns the case: in the caller's scope.")]
    public required string UnitId { get; init; }

    [Id, Description("Global id of the committee that mediates: one sitting at or above the unit, e.g. the station's "
        + "committee for a case arising in one of its offices.")]
    public required string CommitteeId { get; init; }

    [Id, Description("Global id of the grid the dispute arose in, within the unit; optional.")]
    public string? GridId { get; init; }

    [Description("Case number (案号), unique within the unit, at most 40 characters.")]
    public required string CaseNumber { get; init; }

    [Description("Civil dispute (民间纠纷) or public-security case that may be settled by mediation (治安调解).")]
    public required MediationCaseKind Kind { get; init; }

    [Description("What the dispute is about, at most 2000 characters.")]
    public required string Summary { get; init; }

    [Description("The parties, 2 to 20: at least one applicant and one respondent.")]
    [InputType(typeof(NonNullGraphType<ListGraphType<NonNullGraphType<
        AutoRegisteringInputObjectGraphType<MediationPartyInput>>>>))]
    public required IReadOnlyList<MediationPartyInput> Parties { get; init; }

    [Description("Chosen by the caller, unique per application meant (a UUID serves): a retry with the same key and "
        + "input creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

/// <summary>A step on a case named with the version read.</summary>
public abstract record MediationStepInput
{
    [Id, Description("Global id of the case.")]
    public required string Id { get; init; }

    [Description("The case's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("The committee accepts a registered case (受理).")]
public sealed record AcceptMediationCaseInput : MediationStepInput
{
    [Description("A short note, at most 500 characters.")]
    public string? Note { get; init; }
}

[Description("The committee declines a registered case (不予受理), giving the reason.")]
public sealed record DeclineMediationCaseInput : MediationStepInput
{
    [Description("Why the case is declined, at most 500 characters.")]
    public required string Reason { get; init; }
}

[Description("The investigation (调查) of an accepted case is complete.")]
public sealed record RecordMediationInvestigationInput : MediationStepInput
{
    [Description("What the investigation found, at most 2000 characters.")]
    public required string Findings { get; init; }

    [Description("When the investigation was completed, if earlier than now: not in the future, not before the "
        + "case's previous step.")]
    public DateTime? InvestigatedAt { get; init; }
}

[Description("A mediation session held on an investigated case (or one already in sessions).")]
public sealed record RecordMediationSessionInput : MediationStepInput, IIdempotentInput
{
    public const int MaxMediators = 20;

    [Description("When the session was held: not in the future, not before the case's previous step.")]
    public required DateTime HeldAt { get; init; }

    [Description("Where the session was held, at most 200 characters.")]
    public required string Place { get; init; }

    [Description("Record of the session (调解笔录), at most 2000 characters.")]
    public required string Record { get; init; }

    [Description("Global ids of the mediators' seats (MediationMember), 1 to 20: seats on the case's committee held "
        + "on the session's county day.")]
    [InputType(typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))]
    public required IReadOnlyList<string> MediatorIds { get; init; }

    [Description("Chosen by the caller, unique per session meant (a UUID serves): a retry with the same key and input "
        + "records nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("The written agreement (调解协议书) that settles a case in sessions.")]
public sealed record RecordMediationAgreementInput : MediationStepInput
{
    [Description("The facts of the dispute as agreed, at most 2000 characters.")]
    public required string Facts { get; init; }

    [Description("The matters in dispute, at most 2000 characters.")]
    public required string Matters { get; init; }

    [Description("What the parties agree to do, at most 2000 characters.")]
    public required string Terms { get; init; }

    [Description("Day by which the terms must be performed: not before the county day of signing.")]
    public required DateOnly PerformanceDeadline { get; init; }

    [Description("When the agreement was signed, if earlier than now: not in the future, not before the case's "
        + "previous step.")]
    public DateTime? SignedAt { get; init; }
}

[Description("Mediation of an accepted case failed (调解不成).")]
public sealed record FailMediationCaseInput : MediationStepInput
{
    [Description("Why mediation failed, at most 500 characters.")]
    public required string Reason { get; init; }
}

[Description("An accepted case is referred elsewhere (移交): a court, an arbitration body, a squad.")]
public sealed record ReferMediationCaseInput : MediationStepInput
{
    [Description("Where the case goes, and why, at most 500 characters.")]
    public required string ReferredTo { get; init; }
}

[Description("The follow-up visit (回访) after an agreement: whether its terms were carried out.")]
public sealed record RecordMediationFollowUpInput : MediationStepInput
{
    [Description("Whether the terms were carried out fully, partly or not at all.")]
    public required AgreementPerformance Performance { get; init; }

    [Description("What the visit found, at most 500 characters.")]
    public required string Note { get; init; }

    [Description("When the visit was made, if earlier than now: not in the future, not before the signing.")]
    public DateTime? VisitedAt { get; init; }
}

[Description("A people's mediation committee (人民调解委员会) for a station.")]
public sealed record CreateMediationCommitteeInput : IIdempotentInput
{
    [Id, Description("Global id of the station the committee sits in, in the caller's scope.")]
    public required string UnitId { get; init; }

    [Description("English name, at most 100 characters.")]
    public required string Name { get; init; }

    [Description("Chinese name, at most 100 characters.")]
    public required string NameZh { get; init; }

    [Description("Chosen by the caller, unique per committee meant (a UUID serves): a retry with the same key and "
        + "input creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A person takes a seat on a committee from a day on.")]
public sealed record SeatMediationMemberInput : IIdempotentInput
{
    [Id, Description("Global id of the committee, in the caller's scope.")]
    public required string CommitteeId { get; init; }

    [Id, Description("Global id of the person, on a file in the caller's scope.")]
    public required string PersonId { get; init; }

    [Description("What the member brings: deputy, CPPCC member, retired cadre, lawyer, police, town staff or "
        + "community cadre.")]
    public required MediatorKind MemberKind { get; init; }

    [Description("First day on the committee; the person's seats on one committee never overlap.")]
    public required DateOnly From { get; init; }

    [Description("Chosen by the caller, unique per seat meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("The end of a seat on a committee.")]
public sealed record EndMediationMembershipInput
{
    [Id, Description("Global id of the seat.")]
    public required string Id { get; init; }

    [Description("The seat's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Last day on the committee; not before the first.")]
    public required DateOnly To { get; init; }
}

[Description("Who chairs a committee: the deputy director of its station.")]
public sealed record SetMediationCommitteeChairInput
{
    [Id, Description("Global id of the committee.")]
    public required string Id { get; init; }

    [Description("The committee's version as read; if it has changed since, nothing is changed and CONFLICT "
        + "answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the person: holding the position STATION_DEPUTY_DIRECTOR and a running posting at "
        + "the committee's station.")]
    public required string PersonId { get; init; }
}

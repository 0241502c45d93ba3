using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Informants;

[Description("A new informant on the file of a unit in the caller's scope: a code name for everyone, the real identity "
    + "kept apart, a handler and a controller, and a first twelve-month authorisation granted by the controller.")]
public sealed record RegisterInformantInput : IIdempotentInput
{
    [Id, Description("Global id of the unit that keeps the informant's file, in the caller's scope.")]
    public required string UnitId { get; init; }

    [Description("Code name (代号), unique within the unit; trimmed, at most 40 characters. The only name that "
        + "appears outside the identity.")]
    public required string CodeName { get; init; }

    [Description("The occupation the informant was recruited from.")]
    public required InformantOccupation Occupation { get; init; }

    [Description("Day the informant was recruited; not in the future. The first authorisation starts on it.")]
    public required DateOnly RecruitedOn { get; init; }

    [Description("Real name (restricted); trimmed, at most 50 characters. Never echoed in errors.")]
    public required string RealName { get; init; }

    [Description("Resident ID number (居民身份证号码, restricted): 18 characters with a valid birth date and check "
        + "character (GB 11643).")]
    public required string IdNumber { get; init; }

    [Description("Phone (restricted): digits, with an optional leading + and dashes, at most 20 characters.")]
    public required string Phone { get; init; }

    [Id, Description("Global id of the handler (联络员). Leave it out to handle the informant yourself; a machine "
        + "client names the officer.")]
    public string? HandlerId { get; init; }

    [Id, Description("Global id of the controller (管理负责人), who oversees the handler and grants the authorisation; "
        + "not the handler.")]
    public required string ControllerId { get; init; }

    [Description("Chosen by the caller, unique per informant meant (a UUID serves): a retry with the same key and "
        + "input registers nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A further twelve months of authorisation, granted by the informant's controller: from the day after "
    + "the current one ends, or from today when it has lapsed.")]
public sealed record RenewInformantAuthorisationInput : IIdempotentInput
{
    [Id, Description("Global id of the informant.")]
    public required string InformantId { get; init; }

    [Description("Chosen by the caller, unique per renewal meant: a retry answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

/// <summary>What a handover of either role names: the informant, the officer who takes over, and from when.</summary>
public abstract record InformantAssignmentInput : IIdempotentInput
{
    [Id, Description("Global id of the informant.")]
    public required string InformantId { get; init; }

    [Id, Description("Global id of the officer who takes over.")]
    public required string PersonId { get; init; }

    [Description("First day of the new period: after the running period's first day, not in the future.")]
    public required DateOnly On { get; init; }

    [Description("Chosen by the caller, unique per handover meant: a retry answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A new handler of an informant from a day on: the running period ends the day before.")]
public sealed record AssignInformantHandlerInput : InformantAssignmentInput;

[Description("A new controller of an informant from a day on: the running period ends the day before.")]
public sealed record AssignInformantControllerInput : InformantAssignmentInput;

[Description("A collection direction (布置任务) for an active informant.")]
public sealed record TaskInformantInput : IIdempotentInput
{
    [Id, Description("Global id of the informant; a lapsed or deactivated one is refused.")]
    public required string InformantId { get; init; }

    [Description("What the informant is to find out; trimmed, at most 500 characters.")]
    public required string Direction { get; init; }

    [Description("Day by which the informant is to report; today or later.")]
    public required DateOnly DueBy { get; init; }

    [Description("Chosen by the caller, unique per direction meant: a retry answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A contact with an active informant (接头), made by the handler or controller of that day.")]
public sealed record LogInformantContactInput : IIdempotentInput
{
    [Id, Description("Global id of the informant; a lapsed or deactivated one is refused.")]
    public required string InformantId { get; init; }

    [Description("Met in person, by phone or by message.")]
    public required ContactMethod Method { get; init; }

    [Description("When the contact took place; not in the future, not before the informant was recruited.")]
    public required DateTime ContactedAt { get; init; }

    [Description("The next collection direction given; trimmed, at most 500 characters.")]
    public string? Direction { get; init; }

    [Id, Description("Global id of the officer who made the contact. Leave it out for yourself; a machine client names "
        + "the officer.")]
    public string? OfficerId { get; init; }

    [Description("Chosen by the caller, unique per contact meant: a retry answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("Training an informant received.")]
public sealed record RecordInformantTrainingInput : IIdempotentInput
{
    [Id, Description("Global id of the informant.")]
    public required string InformantId { get; init; }

    [Description("Confidentiality, evidence gathering or self-protection.")]
    public required TrainingTopic Topic { get; init; }

    [Description("Day of the training; not in the future, not before recruitment.")]
    public required DateOnly TrainedOn { get; init; }

    [Description("Chosen by the caller, unique per training meant: a retry answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A tip received from an informant, graded for source and information.")]
public sealed record RecordTipInput : IIdempotentInput
{
    [Id, Description("Global id of the informant.")]
    public required string InformantId { get; init; }

    [Description("What the informant reported; trimmed, at most 4000 characters.")]
    public required string Content { get; init; }

    [Description("How reliable the source is judged to be.")]
    public required SourceReliability SourceReliability { get; init; }

    [Description("How the informant knows the information.")]
    public required InformationAssessment Assessment { get; init; }

    [Description("When the tip was received; not in the future, not before recruitment.")]
    public required DateTime ReceivedAt { get; init; }

    [Id, Description("Global id of the officer who received the tip. Leave it out for yourself; a machine client names "
        + "the officer.")]
    public string? ReceivedById { get; init; }

    [Description("Chosen by the caller, unique per tip meant: a retry answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A tip proved useful, which lets it earn a reward.")]
public sealed record MarkTipUsefulInput
{
    [Id, Description("Global id of the tip.")]
    public required string Id { get; init; }

    [Description("The tip's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("A tip passed on to one or more recipients, each recorded apart.")]
public sealed record DisseminateTipInput
{
    [Id, Description("Global id of the tip.")]
    public required string TipId { get; init; }

    [Description("Who the tip goes to (a squad, a brigade, a station's command room): 1 to 10, each trimmed, at "
        + "most 200 characters.")]
    public required IReadOnlyList<string> Recipients { get; init; }
}

[Description("A reward for a useful tip, offered by the caller: 50 to 500 yuan.")]
public sealed record OfferRewardInput : IIdempotentInput
{
    [Id, Description("Global id of the tip, which must be marked useful.")]
    public required string TipId { get; init; }

    [Description("Yuan, 50 to 500, to two decimal places.")]
    public required decimal Amount { get; init; }

    [Description("Chosen by the caller, unique per reward meant: a retry answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A step in a reward's ledger: approval, refusal or payment.")]
public sealed record ApproveRewardInput : IRewardStep
{
    [Id, Description("Global id of the reward.")]
    public required string RewardId { get; init; }

    [Id, Description("Global id of the approving officer. Leave it out to approve yourself; a machine client names the "
        + "officer. Neither the informant's handler on the offer date nor the one who offered may approve.")]
    public string? ApproverId { get; init; }
}

[Description("A refusal of an offered reward, with its reason.")]
public sealed record DeclineRewardInput : IRewardStep
{
    [Id, Description("Global id of the reward.")]
    public required string RewardId { get; init; }

    [Description("Why the reward is refused; trimmed, at most 500 characters.")]
    public required string Reason { get; init; }
}

[Description("The payment of an approved reward.")]
public sealed record PayRewardInput : IRewardStep
{
    [Id, Description("Global id of the reward.")]
    public required string RewardId { get; init; }
}

[Description("A correction of a reward's amount, recorded as a new ledger entry; nothing earlier is changed.")]
public sealed record CorrectRewardInput : IRewardStep
{
    [Id, Description("Global id of the reward.")]
    public required string RewardId { get; init; }

    [Description("The amount the reward should stand at, in yuan: 50 to 500, or 0 to reverse it.")]
    public required decimal CorrectedAmount { get; init; }

    [Description("Why; trimmed, at most 500 characters.")]
    public required string Reason { get; init; }
}

/// <summary>A step of a reward's ledger names the reward.</summary>
public interface IRewardStep
{
    string RewardId { get; }
}

[Description("An informant taken off the books: nothing more is tasked, met, trained or rewarded; running handler "
    + "and controller periods end today; the file stays readable.")]
public sealed record DeactivateInformantInput
{
    [Id, Description("Global id of the informant.")]
    public required string Id { get; init; }

    [Description("The informant's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Why; trimmed, at most 500 characters.")]
    public required string Reason { get; init; }
}

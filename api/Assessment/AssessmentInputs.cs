using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Assessment;

/// <summary>The period an assessment covers.</summary>
public interface IAssessmentPeriod
{
    DateOnly From { get; }
    DateOnly To { get; }
}

[Description("A new duty sub-item (职责细目) in the catalogue; the county bureau alone keeps the catalogue.")]
public sealed record AddDutyItemInput : IIdempotentInput
{
    [Id, Description("Global id of the category (职责大类) the item belongs to.")]
    public required string CategoryId { get; init; }

    [Description("Unique code: 1 to 20 letters, digits, '-' or '_', e.g. \"ZAFF-09\".")]
    public required string Code { get; init; }

    [Description("The duty as the bureau words it, in Chinese; trimmed, at most 200 characters.")]
    public required string TextZh { get; init; }

    [Description("The duty in English; trimmed, at most 200 characters.")]
    public required string Text { get; init; }

    [Description("Chosen by the caller, unique per item meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A duty sub-item no longer asked for: it is retired today and stays readable.")]
public sealed record RetireDutyItemInput
{
    [Id, Description("Global id of the duty item.")]
    public required string Id { get; init; }

    [Description("The item's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("A unit's own weights of the three parties (三方考核权重), percentages summing to 100.")]
public sealed record SetAssessmentWeightsInput
{
    [Id, Description("Global id of the unit: the bureau, a station or an office in the caller's scope.")]
    public required string UnitId { get; init; }

    [Description("The version of the unit's own weights as read (`ownAssessmentWeights { version }`); required "
        + "when the unit has weights of its own, left out when it has none yet.")]
    public int? Version { get; init; }

    [Description("Weight of the bureau's score (县局), in percent.")]
    public required int Bureau { get; init; }

    [Description("Weight of the community's score (社区), in percent.")]
    public required int Community { get; init; }

    [Description("Weight of the residents' score (群众), in percent; the three sum to 100.")]
    public required int Residents { get; init; }
}

[Description("A community police officer's three-party assessment (三方考核) for a month, quarter or year, opened with "
    + "no scores yet.")]
public sealed record OpenOfficerAssessmentInput : IAssessmentPeriod, IIdempotentInput
{
    [Id, Description("Global id of the police officer, posted as the office's community officer in the period.")]
    public required string OfficerId { get; init; }

    [Id, Description("Global id of the community office the officer served in the period.")]
    public required string OfficeId { get; init; }

    [Description("First day of the period.")]
    public required DateOnly From { get; init; }

    [Description("Last day of the period: not before the first, at most a year after it. One assessment per officer, "
        + "office and period.")]
    public required DateOnly To { get; init; }

    [Description("Chosen by the caller, unique per assessment meant (a UUID serves): a retry with the same key and "
        + "input creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("One party's score of an officer's assessment. A score recorded again replaces the current one, and the "
    + "earlier stays in `scores`.")]
public sealed record RecordAssessmentScoreInput
{
    [Id, Description("Global id of the officer's assessment.")]
    public required string Id { get; init; }

    [Description("The assessment's version as read; if it has changed since, nothing is changed and CONFLICT "
        + "answers.")]
    public required int Version { get; init; }

    [Description("Whose score: BUREAU (县局; recorded from above the office: the station or the bureau), COMMUNITY "
        + "(社区) or RESIDENTS (群众).")]
    public required AssessmentParty Party { get; init; }

    [Description("The score, 0 to 100, at most one decimal place.")]
    public required decimal Score { get; init; }

    [Description("Why, at most 500 characters.")]
    public string? Comment { get; init; }
}

[Description("A community police officer's assessment of a grid worker they manage (网格员考核) for a month, quarter "
    + "or year.")]
public sealed record AssessGridWorkerInput : IAssessmentPeriod, IIdempotentInput
{
    [Id, Description("Global id of the grid worker (网格员).")]
    public required string GridWorkerId { get; init; }

    [Id, Description("Global id of the assessing officer: posted as community officer at the office where the grid "
        + "worker was posted, at the same time, in the period.")]
    public required string OfficerId { get; init; }

    [Description("First day of the period.")]
    public required DateOnly From { get; init; }

    [Description("Last day of the period: not before the first, at most a year after it. One assessment per grid "
        + "worker, office and period.")]
    public required DateOnly To { get; init; }

    [Description("The score, 0 to 100, at most one decimal place.")]
    public required decimal Score { get; init; }

    [Description("Why, at most 500 characters.")]
    public string? Comment { get; init; }

    [Description("Chosen by the caller, unique per assessment meant (a UUID serves): a retry with the same key and "
        + "input creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

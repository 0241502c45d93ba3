using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.StationDuty;

/// <summary>Station work given to one person: a duty shift, a case, a dispatch.</summary>
internal interface IStationWorkInput
{
    string StationId { get; }
    string PersonId { get; }
}

[Description("A shift to put on a station's duty roster (值班表). A person who holds an office posting on the day is "
    + "refused with THREE_NOTS_DUTY_SHIFT; only police and auxiliary police take shifts.")]
public sealed record ScheduleDutyShiftInput : IStationWorkInput, IIdempotentInput
{
    [Id, Description("Global id of the station (派出所) whose roster it is.")]
    public required string StationId { get; init; }

    [Id, Description("Global id of the person on duty: a police officer or auxiliary police.")]
    public required string PersonId { get; init; }

    [Description("The day of the shift.")]
    public required DateOnly Date { get; init; }

    [Description("Day, night or all-day shift.")]
    public required DutyShiftKind Kind { get; init; }

    [Description("Note on the shift; when given, not blank and at most 500 characters.")]
    public string? Note { get; init; }

    [Description("Chosen by the caller, unique per shift meant (a UUID serves), at most 100 characters: a retry with "
        + "the same key and input schedules nothing more and answers the first result.")]
    public string? IdempotencyKey { get; init; }
}

[Description("Takes a shift off the roster. The shift stays readable, cancelled, with the reason.")]
public sealed record CancelDutyShiftInput
{
    [Id, Description("Global id of the shift.")]
    public required string Id { get; init; }

    [Description("The shift's version as read; if it has changed since, nothing is cancelled and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Why the shift is cancelled; not blank, at most 500 characters.")]
    public required string Reason { get; init; }
}

[Description("A station case (所办案件) to give to a person. A person who holds an office posting on the day is "
    + "refused with THREE_NOTS_STATION_CASE; only police and auxiliary police handle cases.")]
public sealed record AssignStationCaseInput : IStationWorkInput, IIdempotentInput
{
    [Id, Description("Global id of the station (派出所) the case belongs to.")]
    public required string StationId { get; init; }

    [Id, Description("Global id of the person who will handle the case: a police officer or auxiliary police.")]
    public required string PersonId { get; init; }

    [Description("The station's case number (案件编号); not blank, at most 40 characters.")]
    public required string CaseNumber { get; init; }

    [Description("Short title of the case; not blank, at most 200 characters.")]
    public required string Title { get; init; }

    [Description("The day the case is given to the person.")]
    public required DateOnly AssignedOn { get; init; }

    [Description("Chosen by the caller, unique per assignment meant (a UUID serves), at most 100 characters: a retry "
        + "with the same key and input assigns nothing more and answers the first result.")]
    public string? IdempotencyKey { get; init; }
}

[Description("Sends a person to an incident (出警调派). Exactly one destination: a grid, a community office's area, or "
    + "a place in words. A person who holds an office posting on the day (Asia/Shanghai) of the dispatch may be sent "
    + "only to one of that office's grids or to the office itself: anything else, words included, is refused with "
    + "THREE_NOTS_DISPATCH. Only police and auxiliary police are dispatched.")]
public sealed record DispatchOfficerInput : IStationWorkInput, IIdempotentInput
{
    [Id, Description("Global id of the station (派出所) whose command room sends the person.")]
    public required string StationId { get; init; }

    [Id, Description("Global id of the person sent: a police officer or auxiliary police.")]
    public required string PersonId { get; init; }

    [Description("When the person is sent, in ISO 8601 with its UTC offset (e.g. 2026-10-30T21:15:00+08:00); a time "
        + "without an offset is read as UTC.")]
    public required DateTime DispatchedAt { get; init; }

    [Id, Description("Global id of the grid (网格) the person is sent to.")]
    public string? DestinationGridId { get; init; }

    [Id, Description("Global id of the community office (社区警务室) whose area the person is sent to.")]
    public string? DestinationOfficeId { get; init; }

    [Description("Where the person is sent, in words, when neither a grid nor an office; at most 200 characters.")]
    public string? DestinationText { get; init; }

    [Description("Why the person is sent: the incident; not blank, at most 500 characters.")]
    public required string Reason { get; init; }

    [Description("Chosen by the caller, unique per dispatch meant (a UUID serves), at most 100 characters: a retry "
        + "with the same key and input dispatches nothing more and answers the first result.")]
    public string? IdempotencyKey { get; init; }
}

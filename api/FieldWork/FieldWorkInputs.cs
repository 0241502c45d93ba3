using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.FieldWork;

/// <summary>What one entry of field work states, as a single record, an entry of a day and a correction send
/// it.</summary>
public interface IFieldWorkFacts
{
    FieldWorkKind Kind { get; }
    DateTime OccurredAt { get; }
    int Count { get; }
    string? GridId { get; }
    string? ResidentId { get; }
    string? Note { get; }
}

[Description("One piece of field work (工作日志) done by a person.")]
public sealed record RecordFieldWorkInput : IFieldWorkFacts, IIdempotentInput
{
    [Id, Description("Global id of the person who did the work; they must hold a posting on the day.")]
    public required string PersonId { get; init; }

    [Description("What kind of work; POPULATION_RECORD_ENTRY is derived from the registry and refused here.")]
    public required FieldWorkKind Kind { get; init; }

    [Description("When the work was done; at most 5 minutes after the server's clock.")]
    public required DateTime OccurredAt { get; init; }

    [Description("How many the entry stands for (residents visited, vehicles checked…): 1 to 1000.")]
    public required int Count { get; init; }

    [Id, Description("Global id of the grid (网格) the work was done in; the resident's grid when left out and a "
        + "resident is named.")]
    public string? GridId { get; init; }

    [Id, Description("Global id of the resident visited or served; required for SPECIAL_GROUP_SERVICE, and then of a "
        + "special group.")]
    public string? ResidentId { get; init; }

    [Description("Free-text note, at most 1000 characters.")]
    public string? Note { get; init; }

    [Description("Chosen by the terminal, unique per entry meant (a UUID serves): a retry with the same key and input "
        + "records nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A person's field work of one county day (Asia/Shanghai), as a terminal uploads it: every entry is "
    + "recorded, or none.")]
public sealed record RecordFieldWorkDayInput
{
    public const int MaxEvents = 500;

    [Id, Description("Global id of the person who did the work; they must hold a posting on the day.")]
    public required string PersonId { get; init; }

    [Description("The county day (Asia/Shanghai) every entry's occurredAt falls on.")]
    public required DateOnly Day { get; init; }

    [Description("The entries, 1 to 500, each with its own idempotency key: sent again, an entry already recorded is "
        + "answered, not recorded twice.")]
    [InputType(typeof(NonNullGraphType<ListGraphType<NonNullGraphType<
        AutoRegisteringInputObjectGraphType<FieldWorkDayEntryInput>>>>))]
    public required IReadOnlyList<FieldWorkDayEntryInput> Events { get; init; }
}

[Description("One entry of a day of field work.")]
public sealed record FieldWorkDayEntryInput : IFieldWorkFacts
{
    [Description("What kind of work; POPULATION_RECORD_ENTRY is derived from the registry and refused here.")]
    public required FieldWorkKind Kind { get; init; }

    [Description("When the work was done: on the batch's day, at most 5 minutes after the server's clock.")]
    public required DateTime OccurredAt { get; init; }

    [Description("How many the entry stands for: 1 to 1000.")]
    public required int Count { get; init; }

    [Id, Description("Global id of the grid the work was done in; the resident's grid when left out.")]
    public string? GridId { get; init; }

    [Id, Description("Global id of the resident visited or served; required for SPECIAL_GROUP_SERVICE.")]
    public string? ResidentId { get; init; }

    [Description("Free-text note, at most 1000 characters.")]
    public string? Note { get; init; }

    [Description("Chosen by the terminal, unique per entry (a UUID serves), at most 100 characters.")]
    public required string IdempotencyKey { get; init; }
}

[Description("A correction of an active entry: it is kept, marked CORRECTED, and a new active entry carries the "
    + "values given here, with who and why.")]
public sealed record CorrectFieldWorkInput : IFieldWorkFacts
{
    [Id, Description("Global id of the entry corrected.")]
    public required string Id { get; init; }

    [Description("The entry's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Why the entry is corrected, at most 200 characters.")]
    public required string Reason { get; init; }

    [Description("The kind of work as it should have been recorded.")]
    public required FieldWorkKind Kind { get; init; }

    [Description("When the work was done; the person must hold a posting on that day.")]
    public required DateTime OccurredAt { get; init; }

    [Description("How many the entry stands for: 1 to 1000.")]
    public required int Count { get; init; }

    [Id, Description("Global id of the grid the work was done in; the resident's grid when left out.")]
    public string? GridId { get; init; }

    [Id, Description("Global id of the resident visited or served; required for SPECIAL_GROUP_SERVICE.")]
    public string? ResidentId { get; init; }

    [Description("Free-text note, at most 1000 characters.")]
    public string? Note { get; init; }
}

[Description("An active entry recorded in error: it is kept, marked VOIDED with who, when and why, and counts for "
    + "nothing.")]
public sealed record VoidFieldWorkInput
{
    [Id, Description("Global id of the entry.")]
    public required string Id { get; init; }

    [Description("The entry's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Why the entry is voided, at most 200 characters.")]
    public required string Reason { get; init; }
}

[Description("A unit's own \"three musts\" (三必) and daily quotas, for it and the units below it that set none.")]
public sealed record SetWorkTargetsInput : IWorkTargetValues
{
    [Id, Description("Global id of the unit (station or office) below the caller's unit, or the bureau's own when the "
        + "caller is the bureau.")]
    public required string UnitId { get; init; }

    [Description("The version of the unit's own targets as read; required once the unit has targets of its own, left "
        + "out the first time.")]
    public int? Version { get; init; }

    [Description("Residents each community officer visits a day (走访群众); 0 to 500. The report's number: 20.")]
    public required int ResidentsVisitedPerDay { get; init; }

    [Description("Days a week with home or enterprise visits (入户走访企业); 0 to 7. The report's number: 3.")]
    public required int VisitDaysPerWeek { get; init; }

    [Description("Door-to-door services to special groups a month (特殊群体上门服务); 0 to 200. The report's number: 10.")]
    public required int SpecialGroupServicesPerMonth { get; init; }

    [Description("Population records an office enters a day (人口信息录入); 0 to 1000. The report's number: 20.")]
    public required int PopulationRecordsPerOfficePerDay { get; init; }

    [Description("Vehicles an office checks a day (车辆盘查); 0 to 500. The report's number: 5.")]
    public required int VehicleChecksPerOfficePerDay { get; init; }
}

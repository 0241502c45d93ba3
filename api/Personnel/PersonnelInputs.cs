using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Personnel;

/// <summary>The fields of a person that both a create and an update set.</summary>
public interface IPersonFields
{
    string Name { get; }
    string? BadgeNumber { get; }
    PersonPosition? Position { get; }
    string? Phone { get; }
    string? IdNumber { get; }
}

[Description("A new person on the file of a unit in the caller's scope.")]
public sealed record CreatePersonInput : IPersonFields, IIdempotentInput
{
    [Description("Police (民警), auxiliary police (辅警), grid worker (网格员) or mediation member (调解员).")]
    public required PersonKind Kind { get; init; }

    [Description("Full name; trimmed, at most 50 characters.")]
    public required string Name { get; init; }

    [Description("Police badge number (警号), at most 20 characters: required for police, refused for anyone else.")]
    public string? BadgeNumber { get; init; }

    [Description("A leading post: station director (所长), deputy director (副所长), squad leader (中队长) or head of a "
        + "community office (警务室负责人); police only, null for none.")]
    public PersonPosition? Position { get; init; }

    [Description("Work phone: digits, with an optional leading + and dashes, at most 20 characters.")]
    public string? Phone { get; init; }

    [Description("Resident ID number (居民身份证号码): 18 characters with a valid birth date and check character.")]
    public string? IdNumber { get; init; }

    [Id, Description("Global id of the organisation that supplied the person, e.g. the political-legal committee "
        + "(县委政法委) for grid workers.")]
    public string? SuppliedById { get; init; }

    [Id, Description("Global id of the unit that keeps the person's file, in the caller's scope.")]
    public required string UnitId { get; init; }

    [Description("Chosen by the caller, unique per person meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A person's details as they now stand; the kind and the unit keeping the file do not change here.")]
public sealed record UpdatePersonInput : IPersonFields
{
    [Id, Description("Global id of the person.")]
    public required string Id { get; init; }

    [Description("The person's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Full name; trimmed, at most 50 characters.")]
    public required string Name { get; init; }

    [Description("Police badge number (警号), at most 20 characters: required for police, refused for anyone else.")]
    public string? BadgeNumber { get; init; }

    [Description("A leading post: station director (所长), deputy director (副所长), squad leader (中队长) or head of a "
        + "community office (警务室负责人); police only, null for none.")]
    public PersonPosition? Position { get; init; }

    [Description("Work phone: digits, with an optional leading + and dashes, at most 20 characters; null clears it, "
        + "left out keeps it (a caller without pii.read reads it masked).")]
    public string? Phone { get; init; }

    [Description("Resident ID number (居民身份证号码): 18 characters with a valid birth date and check character; "
        + "null clears it, left out keeps it (a caller without pii.read reads it masked).")]
    public string? IdNumber { get; init; }

    [Id, Description("Global id of the organisation that supplied the person; null for none.")]
    public string? SuppliedById { get; init; }
}

[Description("A person who no longer works here: every posting still running ends on the day given, and the person "
    + "cannot be posted again. The person stays readable.")]
public sealed record DeactivatePersonInput
{
    [Id, Description("Global id of the person.")]
    public required string Id { get; init; }

    [Description("The person's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Last working day: running postings end on it.")]
    public required DateOnly On { get; init; }
}

/// <summary>Where and as what a posting places a person, as a new posting and a transfer both name it.</summary>
public interface IPostingPlace
{
    string UnitId { get; }
    string? GridId { get; }
    string? SquadId { get; }
    AssignmentRole Role { get; }
}

[Description("A posting (岗位任职) of a person to a community office or a station, from a day on, until ended.")]
public sealed record PostPersonInput : IPostingPlace, IIdempotentInput
{
    [Id, Description("Global id of the person posted.")]
    public required string PersonId { get; init; }

    [Id, Description("Global id of the community office or station.")]
    public required string UnitId { get; init; }

    [Id, Description("Global id of the grid (网格): required for a grid worker, and must belong to the office.")]
    public string? GridId { get; init; }

    [Id, Description("Global id of the squad, for a station officer; must belong to the station.")]
    public string? SquadId { get; init; }

    [Description("The role: it must fit the person's kind and the unit's kind.")]
    public required AssignmentRole Role { get; init; }

    [Description("First day of the posting; the person's postings never overlap.")]
    public required DateOnly From { get; init; }

    [Description("Chosen by the caller, unique per posting meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A transfer (调动): the running posting ends the day before `on`, a new one starts on `on`, and the "
    + "person's file moves to the new unit. The caller's scope must cover both units.")]
public sealed record TransferPersonInput : IPostingPlace
{
    [Id, Description("Global id of the person's running posting.")]
    public required string PostingId { get; init; }

    [Description("The posting's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the community office or station of the new posting.")]
    public required string UnitId { get; init; }

    [Id, Description("Global id of the grid (网格): required for a grid worker, and must belong to the office.")]
    public string? GridId { get; init; }

    [Id, Description("Global id of the squad, for a station officer; must belong to the station.")]
    public string? SquadId { get; init; }

    [Description("The new role: it must fit the person's kind and the unit's kind.")]
    public required AssignmentRole Role { get; init; }

    [Description("First day of the new posting; the running one ends the day before.")]
    public required DateOnly On { get; init; }
}

[Description("The end of a running posting.")]
public sealed record EndPostingInput
{
    [Id, Description("Global id of the posting.")]
    public required string Id { get; init; }

    [Description("The posting's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Last day of the posting; not before its first.")]
    public required DateOnly To { get; init; }
}

[Description("Days a person is away from duty, first and last included.")]
public sealed record RecordLeaveInput : IIdempotentInput
{
    [Id, Description("Global id of the person.")]
    public required string PersonId { get; init; }

    [Description("Rest day (休息), annual leave (年休), sick leave (病假) or training (培训).")]
    public required LeaveKind Kind { get; init; }

    [Description("First day away.")]
    public required DateOnly From { get; init; }

    [Description("Last day away; not before the first. The period may not overlap another that is not cancelled.")]
    public required DateOnly To { get; init; }

    [Description("A short note, at most 200 characters.")]
    public string? Note { get; init; }

    [Description("Chosen by the caller, unique per period meant (a UUID serves): a retry with the same key and input "
        + "creates nothing more and answers the first payload.")]
    public string? IdempotencyKey { get; init; }
}

[Description("A leave period recorded in error or not taken: it stays readable, marked cancelled.")]
public sealed record CancelLeaveInput
{
    [Id, Description("Global id of the leave period.")]
    public required string Id { get; init; }

    [Description("The period's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }
}

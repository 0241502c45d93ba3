using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL;

namespace Gateway.Api.Offices;

[Description("An office's equipment as it now stands (标准化建设); every count from 0 to 1000.")]
public sealed record UpdateOfficeEquipmentInput
{
    [Id, Description("Global id of the office.")]
    public required string Id { get; init; }

    [Description("The office's version as read; if it has changed since, nothing is recorded and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("The office carries the standard signage.")]
    public required bool HasSignage { get; init; }

    [Description("Cameras installed at the office.")]
    public required int Cameras { get; init; }

    [Description("Computers at the office.")]
    public required int Computers { get; init; }

    [Description("Mobile police terminals (移动警务终端) issued to the office.")]
    public required int MobilePoliceTerminals { get; init; }

    [Description("Police bicycles at the office.")]
    public required int PoliceBicycles { get; init; }
}

[Description("A unit's new names; each is trimmed, must not be empty, and takes at most 100 characters.")]
public sealed record RenameOrgUnitInput
{
    [Id, Description("Global id of the unit.")]
    public required string Id { get; init; }

    [Description("New English name.")]
    public required string Name { get; init; }

    [Description("New Chinese name.")]
    public required string NameZh { get; init; }

    [Description("The unit's version as read; if it has changed since, nothing is renamed and CONFLICT answers.")]
    public required int Version { get; init; }
}

[Description("A new police station under the county bureau, or a new community police office under a station.")]
public sealed record CreateOrgUnitInput : IIdempotentInput
{
    [Description("Station (派出所) or community office (社区警务室); there is one county bureau.")]
    public required OrgUnitKind Kind { get; init; }

    [Description("Unique code: 1 to 40 letters, digits, '-' or '_', e.g. \"xinan\".")]
    public required string Code { get; init; }

    [Description("English name, at most 100 characters.")]
    public required string Name { get; init; }

    [Description("Chinese name, at most 100 characters.")]
    public required string NameZh { get; init; }

    [Id, Description("Global id of the unit it reports to: the bureau for a station, a station for an office.")]
    public required string ParentId { get; init; }

    [Description("First day the unit works; the parent must be open on it.")]
    public required DateOnly OpenedOn { get; init; }

    [Id, Description("For an office: global id of the community (社区) that gives it its room.")]
    public string? HostCommunityId { get; init; }

    [Description("Street address, at most 200 characters.")]
    public string? Address { get; init; }

    [Description("Chosen by the caller (a UUID serves): sent again with the same input, the unit is created once "
        + "and the first answer returned.")]
    public string? IdempotencyKey { get; init; }
}

[Description("Attaches a community office to another station from a given day (隶属调整).")]
public sealed record AttachOrgUnitInput
{
    [Id, Description("Global id of the office.")]
    public required string Id { get; init; }

    [Description("The office's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Id, Description("Global id of the station it reports to from now on.")]
    public required string StationId { get; init; }

    [Description("First day under the new station; the office's rows move with it, and the period under the old "
        + "station stays in its attachments.")]
    public required DateOnly On { get; init; }
}

[Description("Closes a unit (撤销): it stays readable with its history, and takes no new postings or units.")]
public sealed record CloseOrgUnitInput
{
    [Id, Description("Global id of the unit.")]
    public required string Id { get; init; }

    [Description("The unit's version as read; if it has changed since, nothing is changed and CONFLICT answers.")]
    public required int Version { get; init; }

    [Description("Last day the unit works; nothing may run in it after this day.")]
    public required DateOnly LastDay { get; init; }
}

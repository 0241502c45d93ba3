using System.ComponentModel;
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

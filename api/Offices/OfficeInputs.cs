using System.ComponentModel;
using GraphQL;

namespace Gateway.Api.Offices;

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

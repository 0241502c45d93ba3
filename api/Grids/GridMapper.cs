using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Grids;

/// <summary>Turns mutation inputs into grids. Every input field must land somewhere, or the build fails; global ids
/// are resolved to rows by the commands, never parsed here.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class GridMapper
{
    [MapperIgnoreSource(nameof(CreateGridInput.OfficeId))]
    [MapperIgnoreSource(nameof(CreateGridInput.CommunityId))]
    [MapperIgnoreSource(nameof(CreateGridInput.IdempotencyKey))]
    [MapProperty(nameof(CreateGridInput.Boundary), nameof(Grid.BoundaryGeoJson))]
    public static partial Grid ToGrid(CreateGridInput input);

    [MapProperty(nameof(GridPartInput.Boundary), nameof(Grid.BoundaryGeoJson))]
    public static partial Grid ToGrid(GridPartInput input);

    /// <summary>Streets are stored trimmed and joined by "、", as the county writes them.</summary>
    public static string Joined(IReadOnlyList<string> streets) =>
        string.Join(Grid.StreetSeparator, streets.Select(s => s.Trim()));

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();
}

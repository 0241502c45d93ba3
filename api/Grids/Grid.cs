using Gateway.Api.Data;
using Gateway.Api.Offices;

namespace Gateway.Api.Grids;

/// <summary>
/// A grid (网格) drawn by streets inside one community and served by one office, as it now stands; every change
/// appends a <see cref="GridRevision"/>, so the grid as it was on any day stays readable. A retired grid stays too:
/// field work and postings keep pointing at it.
/// </summary>
public sealed class Grid : TenantOwnedEntity, IVersioned
{
    /// <summary>The households a grid is drawn for (300–500); a grid outside is allowed and warned of.</summary>
    public const int TargetHouseholdsMin = 300;
    public const int TargetHouseholdsMax = 500;
    /// <summary>Streets are stored joined by this mark, as the county writes them.</summary>
    public const string StreetSeparator = "、";
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 100;
    public const int StreetsMaxLength = 1000;
    public const int StreetMaxLength = 100;

    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public long CommunityId { get; set; }
    public ExternalOrganisation? Community { get; set; }
    public string Streets { get; set; } = "";
    public int Households { get; set; }
    public int Residents { get; set; }
    public string? BoundaryGeoJson { get; set; }
    /// <summary>First day the grid ran.</summary>
    public DateOnly OpenedOn { get; set; }
    /// <summary>Last day the grid ran; null while it runs.</summary>
    public DateOnly? RetiredOn { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> StreetList() => Streets.Split(StreetSeparator, StringSplitOptions.RemoveEmptyEntries);

    public static bool IsWithinTarget(int households) =>
        households is >= TargetHouseholdsMin and <= TargetHouseholdsMax;
}

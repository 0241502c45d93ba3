using Gateway.Api.Data;
using Gateway.Api.Offices;

namespace Gateway.Api.Grids;

/// <summary>A grid (网格) of 300–500 households drawn by streets inside one community.</summary>
public sealed class Grid : TenantOwnedEntity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public long CommunityId { get; set; }
    public ExternalOrganisation? Community { get; set; }
    public string Streets { get; set; } = "";
    public int Households { get; set; }
    public int Residents { get; set; }
    public string? BoundaryGeoJson { get; set; }
}

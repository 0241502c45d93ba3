using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Registry;

public enum UnitCategory { Hotel, Ktv, InternetCafe, FootMassage, CourierOutlet, OtherVenue, KeyUnit, KeyLocation,
    ConstructionSite }

/// <summary>实有单位: a business, venue or key unit on file.</summary>
public sealed class RegisteredUnit : TenantOwnedEntity, IRegistryRecord
{
    public const int NameMaxLength = 100;
    public const int ContactNameMaxLength = 50;

    public long GridId { get; set; }
    public Grid? Grid { get; set; }
    public long? AddressId { get; set; }
    public StandardAddress? Address { get; set; }
    public UnitCategory Category { get; set; }
    public string Name { get; set; } = "";
    public string? ContactName { get; set; }
    [Sensitive]
    public string? ContactPhone { get; set; }
    public DateTime RecordedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime LastVerifiedAt { get; set; }
    public int Version { get; set; }
}

using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Registry;

public enum HouseUse { OwnerOccupied, Rental, Vacant, Commercial }

/// <summary>实有房屋: a dwelling at a standard address.</summary>
public sealed class House : TenantOwnedEntity, IRegistryRecord
{
    public const int NameMaxLength = 50;
    public const int MaxRooms = 100;

    public long GridId { get; set; }
    public Grid? Grid { get; set; }
    public long? AddressId { get; set; }
    public StandardAddress? Address { get; set; }
    public HouseUse Use { get; set; }
    public string HolderName { get; set; } = "";
    [Sensitive]
    public string? HolderPhone { get; set; }
    /// <summary>The landlord (房东) of a rental house; a rental is not on file without one.</summary>
    public string? LandlordName { get; set; }
    [Sensitive]
    public string? LandlordPhone { get; set; }
    public int Rooms { get; set; }
    public DateTime RecordedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime LastVerifiedAt { get; set; }
    public int Version { get; set; }
}

using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Registry;

public enum Registration { Registered, Floating }
public enum SpecialGroup { ElderlyLivingAlone, LeftBehindChild, Disabled, Veteran }
public enum KeyPersonCategory { Released, Drug, Petitioner, Supervised }

/// <summary>实有人口: a person living in the area, registered (户籍) or floating (流动).</summary>
public sealed class Resident : TenantOwnedEntity, IRegistryRecord
{
    public const int NameMaxLength = 50;

    public long GridId { get; set; }
    public Grid? Grid { get; set; }
    public long? AddressId { get; set; }
    public StandardAddress? Address { get; set; }
    public string Name { get; set; } = "";
    [Sensitive]
    public string IdNumber { get; set; } = "";
    /// <summary>Keyed hash of the ID number, so duplicates are found without decrypting any.</summary>
    [BlindIndexOf(nameof(IdNumber))]
    public string? IdNumberIndex { get; set; }
    [Sensitive]
    public string? Phone { get; set; }
    public Registration Registration { get; set; }
    public SpecialGroup? SpecialGroup { get; set; }
    public KeyPersonCategory? KeyPersonCategory { get; set; }
    /// <summary>易肇事肇祸精神病人: health data, stored and served like ID numbers.</summary>
    [Sensitive]
    public bool MentalHealthRisk { get; set; }
    public DateTime RecordedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime LastVerifiedAt { get; set; }
    public int Version { get; set; }
}

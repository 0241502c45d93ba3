using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Offices;

public enum OrgUnitKind { CountyBureau, Station, CommunityOffice }

/// <summary>A node of the tenant tree: county bureau → station → community police office.</summary>
[TenantOwned(nameof(Path))]
public sealed class OrgUnit : Entity, IVersioned
{
    public const int NameMaxLength = 100;
    /// <summary>More of any one item than a station could hold is a typing error, not equipment.</summary>
    public const int MaxEquipmentCount = 1000;

    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
    public OrgUnitKind Kind { get; set; }
    public long? ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    /// <summary>Ids from the root down, e.g. "/1/2/5/".</summary>
    public string Path { get; set; } = "";
    public long? MergedIntoId { get; set; }
    public OrgUnit? MergedInto { get; set; }
    public DateOnly? MergedOn { get; set; }
    /// <summary>The community (residents' committee) that houses a community office.</summary>
    public long? HostCommunityId { get; set; }
    public ExternalOrganisation? HostCommunity { get; set; }
    public string? Address { get; set; }
    public bool HasSignage { get; set; }
    public int Cameras { get; set; }
    public int Computers { get; set; }
    public int MobilePoliceTerminals { get; set; }
    public int PoliceBicycles { get; set; }
    /// <summary>First day the unit worked; null for units older than the records.</summary>
    public DateOnly? OpenedOn { get; set; }
    /// <summary>Last day the unit worked; null while it works. A closed unit and its history stay readable.</summary>
    public DateOnly? ClosedOn { get; set; }
    public int Version { get; set; }

    public bool IsOpenOn(DateOnly day) =>
        (OpenedOn is null || OpenedOn <= day) && (ClosedOn is null || ClosedOn >= day);
}

using Gateway.Api.Offices;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Data;

/// <summary>A row owned by one org unit; <see cref="OwnerPath"/> copies the owner's tree path so
/// "this unit and below" is one indexed range predicate.</summary>
[TenantOwned(nameof(OwnerPath))]
public abstract class TenantOwnedEntity : Entity
{
    public long OwnerUnitId { get; set; }
    public OrgUnit? OwnerUnit { get; set; }
    public string OwnerPath { get; set; } = "";
}

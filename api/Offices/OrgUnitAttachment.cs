using Gateway.Api.Data;

namespace Gateway.Api.Offices;

/// <summary>
/// A period a unit reported to a parent unit (隶属): an office attached to another station keeps the period it spent
/// under the first. Owned by the unit itself.
/// </summary>
public sealed class OrgUnitAttachment : TenantOwnedEntity
{
    public long UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public long ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    /// <summary>First day under the parent; null for units attached before the records.</summary>
    public DateOnly? From { get; set; }
    /// <summary>Last day under the parent; null while it lasts.</summary>
    public DateOnly? To { get; set; }
}

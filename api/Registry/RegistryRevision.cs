using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Registry;

public enum RegistryRecordKind { StandardAddress, Resident, House, RegisteredUnit }

public enum RevisionReason { Created, Updated, Moved, Verified }

/// <summary>
/// One write to a registry record (一标三实): who, when, why, and which fields changed from what to what. Sensitive
/// fields are named as changed without their values. Owned like the record was when written; never changed again.
/// </summary>
[AppendOnly]
public sealed class RegistryRevision : TenantOwnedEntity
{
    public RegistryRecordKind RecordKind { get; set; }
    public long? StandardAddressId { get; set; }
    public StandardAddress? StandardAddress { get; set; }
    public long? ResidentId { get; set; }
    public Resident? Resident { get; set; }
    public long? HouseId { get; set; }
    public House? House { get; set; }
    public long? RegisteredUnitId { get; set; }
    public RegisteredUnit? RegisteredUnit { get; set; }
    /// <summary>1 for the creation, then one more per write: the record's version after the write, plus one.</summary>
    public int Number { get; set; }
    public RevisionReason Reason { get; set; }
    /// <summary>The changed fields as JSON, see <see cref="RegistryFieldChange"/>.</summary>
    public string ChangesJson { get; set; } = "[]";
    /// <summary>The token's subject: a user id or a machine client's id.</summary>
    public string RecordedBy { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>One field a write changed: its schema name, and for fields that are not sensitive the values before and
/// after (as text; ids as global ids).</summary>
public sealed record RegistryFieldChange(string Field, string? OldValue, string? NewValue, bool Sensitive);

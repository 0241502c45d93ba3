using Gateway.Api.Data;

namespace Gateway.Api.Registry;

/// <summary>A resident, house or unit on file: it lies in a grid, at a standard address when known, and is verified
/// again and again to stay fresh.</summary>
public interface IRegistryRecord : IIdentified, IVersioned
{
    long OwnerUnitId { get; set; }
    long GridId { get; set; }
    long? AddressId { get; set; }
    /// <summary>When the record was first entered.</summary>
    DateTime RecordedAt { get; set; }
    /// <summary>When the record's content last changed: created, updated or moved.</summary>
    DateTime UpdatedAt { get; set; }
    /// <summary>When the record was last checked against reality: any write, or a verification alone.</summary>
    DateTime LastVerifiedAt { get; set; }
}

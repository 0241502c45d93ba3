using Gateway.Api.Data;

namespace Gateway.Api.Grids;

public enum GridSuccessionKind { Split, Merge }

/// <summary>
/// Lineage of grids (网格沿革): a grid retired by a split or a merge, and a grid that took its streets over from
/// <see cref="On"/>. A split leaves one row per part, a merge one per grid merged. Owned by the grids' office.
/// </summary>
public sealed class GridSuccession : TenantOwnedEntity
{
    public long PredecessorId { get; set; }
    public Grid? Predecessor { get; set; }
    public long SuccessorId { get; set; }
    public Grid? Successor { get; set; }
    /// <summary>First day of the successor; the predecessor's last day is the day before.</summary>
    public DateOnly On { get; set; }
    public GridSuccessionKind Kind { get; set; }
}

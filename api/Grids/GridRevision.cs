using Gateway.Api.Data;

namespace Gateway.Api.Grids;

/// <summary>
/// One state of a grid from a day on (网格版本): created, redrawn, households declared, split or merged. Appended by
/// every change and never changed, so "the grid as it was on a day" is the latest revision valid from that day or
/// before. Owned by the grid's office.
/// </summary>
public sealed class GridRevision : TenantOwnedEntity
{
    public const int ReasonMaxLength = 200;
    public const int RecordedByMaxLength = 100;

    public long GridId { get; set; }
    public Grid? Grid { get; set; }
    /// <summary>1 for the grid as created, then 2, 3, … in the order recorded.</summary>
    public int Number { get; set; }
    public DateOnly ValidFrom { get; set; }
    public string Name { get; set; } = "";
    public string Streets { get; set; } = "";
    public int Households { get; set; }
    public string? BoundaryGeoJson { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>Who recorded it: the signed-in account's id, or the machine client's id, as the audit log names
    /// callers.</summary>
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }
}

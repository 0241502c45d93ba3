using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.StationDuty;

public enum DutyShiftKind { Day, Night, AllDay }

public enum DutyShiftStatus { Scheduled, Cancelled }

/// <summary>
/// A shift on a station's duty roster (值班表), owned by the station. A cancelled shift stays on the roster with its
/// reason: the roster's history is never deleted.
/// </summary>
public sealed class DutyShift : TenantOwnedEntity, IVersioned
{
    public const int NoteMaxLength = 500;

    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public DateOnly Date { get; set; }
    public DutyShiftKind Kind { get; set; }
    public string? Note { get; set; }
    public DutyShiftStatus Status { get; set; }
    public string? CancellationReason { get; set; }
    public int Version { get; set; }
}

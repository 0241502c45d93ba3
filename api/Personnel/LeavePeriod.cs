using Gateway.Api.Data;

namespace Gateway.Api.Personnel;

public enum LeaveKind { RestDay, AnnualLeave, SickLeave, Training }

/// <summary>
/// Days a person is away from duty (休息/年休/病假/培训), first and last day included, kept by the unit that keeps the
/// person's file. Never deleted: a period recorded in error is cancelled.
/// </summary>
public sealed class LeavePeriod : TenantOwnedEntity, IVersioned
{
    public const int NoteMaxLength = 200;

    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public LeaveKind Kind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string? Note { get; set; }
    public long? RecordedById { get; set; }
    public Person? RecordedBy { get; set; }
    public DateOnly? CancelledOn { get; set; }
    public long? CancelledById { get; set; }
    public Person? CancelledBy { get; set; }
    public int Version { get; set; }
}

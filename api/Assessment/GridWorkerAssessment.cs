using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Assessment;

/// <summary>
/// A community police officer's assessment of a grid worker they manage (网格员考核) for a month, quarter or year: the
/// officer was posted at the office where the grid worker was posted, at the same time, in the period. Owned by that
/// office; one per grid worker and period.
/// </summary>
public sealed class GridWorkerAssessment : TenantOwnedEntity
{
    public const int CommentMaxLength = 500;

    public long GridWorkerId { get; set; }
    public Person? GridWorker { get; set; }
    public long AssessedById { get; set; }
    public Person? AssessedBy { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public decimal Score { get; set; }
    public string? Comment { get; set; }
    public long? RecordedById { get; set; }
    public Person? RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}

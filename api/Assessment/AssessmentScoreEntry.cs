using Gateway.Api.Data;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Assessment;

/// <summary>
/// One party's score of an officer's assessment as it was recorded: who gave it, from which unit, when, and why. Kept
/// by the assessment's office and never changed: a score recorded again adds an entry, and the earlier one stays.
/// </summary>
[AppendOnly]
public sealed class AssessmentScoreEntry : TenantOwnedEntity
{
    public const int CommentMaxLength = 500;

    public long AssessmentId { get; set; }
    public OfficerAssessment? Assessment { get; set; }
    public AssessmentParty Party { get; set; }
    public decimal Score { get; set; }
    public string? Comment { get; set; }
    public long? RecordedById { get; set; }
    public Person? RecordedBy { get; set; }
    /// <summary>The unit of the caller who recorded it: above the office for the bureau's score.</summary>
    public long RecordedInUnitId { get; set; }
    public OrgUnit? RecordedInUnit { get; set; }
    public DateTime RecordedAt { get; set; }
}

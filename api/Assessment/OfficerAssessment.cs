using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Assessment;

/// <summary>The three parties that score a community officer (三方考核).</summary>
public enum AssessmentParty { Bureau, Community, Residents }

/// <summary>
/// A community police officer's three-party assessment (三方考核: 县局+社区+群众) for one period: a month, a quarter or
/// a year. Owned by the office the officer served. Each party's score is null until given; the total is computed from
/// the weights that apply, never stored. A score recorded again keeps the earlier one as an
/// <see cref="AssessmentScoreEntry"/>.
/// </summary>
public sealed class OfficerAssessment : TenantOwnedEntity, IVersioned
{
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public decimal? BureauScore { get; set; }
    public long? BureauEntryId { get; set; }
    public AssessmentScoreEntry? BureauEntry { get; set; }
    public decimal? CommunityScore { get; set; }
    public long? CommunityEntryId { get; set; }
    public AssessmentScoreEntry? CommunityEntry { get; set; }
    public decimal? ResidentsScore { get; set; }
    public long? ResidentsEntryId { get; set; }
    public AssessmentScoreEntry? ResidentsEntry { get; set; }
    public long? OpenedById { get; set; }
    public Person? OpenedBy { get; set; }
    public DateTime OpenedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The parties whose score is still missing, in the order the model names them.</summary>
    public IReadOnlyList<AssessmentParty> MissingParties() =>
    [
        .. BureauScore is null ? [AssessmentParty.Bureau] : Array.Empty<AssessmentParty>(),
        .. CommunityScore is null ? [AssessmentParty.Community] : Array.Empty<AssessmentParty>(),
        .. ResidentsScore is null ? [AssessmentParty.Residents] : Array.Empty<AssessmentParty>(),
    ];

    /// <summary>Makes <paramref name="entry"/> the current score of its party.</summary>
    public void Record(AssessmentScoreEntry entry)
    {
        switch (entry.Party)
        {
            case AssessmentParty.Bureau:
                (BureauScore, BureauEntry) = (entry.Score, entry);
                break;
            case AssessmentParty.Community:
                (CommunityScore, CommunityEntry) = (entry.Score, entry);
                break;
            default:
                (ResidentsScore, ResidentsEntry) = (entry.Score, entry);
                break;
        }
    }
}

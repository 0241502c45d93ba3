using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Informants;

public enum SourceReliability { Reliable, Untested, NotReliable }
public enum InformationAssessment { KnownDirectly, KnownIndirectly, NotKnown, Suspected }

/// <summary>A piece of intelligence from an informant, graded and tracked to where it was disseminated.</summary>
public sealed class Tip : TenantOwnedEntity, IVersioned
{
    public const int ContentMaxLength = 4000;

    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public long ReceivedById { get; set; }
    public Person? ReceivedBy { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string Content { get; set; } = "";
    public SourceReliability SourceReliability { get; set; }
    public InformationAssessment Assessment { get; set; }
    public bool Useful { get; set; }
    public long? MarkedUsefulById { get; set; }
    public Person? MarkedUsefulBy { get; set; }
    public DateTime? MarkedUsefulAt { get; set; }
    public int Version { get; set; }
}

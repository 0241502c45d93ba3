using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Informants;

public enum TrainingTopic { Confidentiality, EvidenceGathering, SelfProtection }

/// <summary>Training an informant received (保密、取证、自我保护).</summary>
[AppendOnly]
public sealed class InformantTraining : TenantOwnedEntity
{
    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public TrainingTopic Topic { get; set; }
    public DateOnly TrainedOn { get; set; }
    public long? RecordedById { get; set; }
    public Person? RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}

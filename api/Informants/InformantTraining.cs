using Gateway.Api.Data;

namespace Gateway.Api.Informants;

public enum TrainingTopic { Confidentiality, EvidenceGathering, SelfProtection }

public sealed class InformantTraining : TenantOwnedEntity
{
    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public TrainingTopic Topic { get; set; }
    public DateOnly TrainedOn { get; set; }
}

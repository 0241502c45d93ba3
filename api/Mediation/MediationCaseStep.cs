using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Mediation;

/// <summary>One step of a case from one stage to the next: who took it and when. The log is never rewritten.</summary>
[AppendOnly]
public sealed class MediationCaseStep : TenantOwnedEntity
{
    public long CaseId { get; set; }
    public MediationCase? Case { get; set; }
    /// <summary>Null for the registration, which starts the case.</summary>
    public MediationStage? From { get; set; }
    public MediationStage To { get; set; }
    /// <summary>When the step happened: in the field, or when it was recorded.</summary>
    public DateTime At { get; set; }
    public DateTime RecordedAt { get; set; }
    public long? ById { get; set; }
    public Person? By { get; set; }
    /// <summary>The account or machine client that recorded the step.</summary>
    public string Actor { get; set; } = "";
    public string? Note { get; set; }
}

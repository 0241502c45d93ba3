using Gateway.Api.Data;

namespace Gateway.Api.Mediation;

/// <summary>The written agreement (调解协议书) that settles a case.</summary>
public sealed class MediationAgreement : TenantOwnedEntity
{
    public long CaseId { get; set; }
    public MediationCase? Case { get; set; }
    public string Facts { get; set; } = "";
    public string Matters { get; set; } = "";
    public string Terms { get; set; } = "";
    public DateOnly PerformanceDeadline { get; set; }
    public DateTime SignedAt { get; set; }
}

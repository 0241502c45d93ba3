using Gateway.Api.Data;

namespace Gateway.Api.Mediation;

/// <summary>One mediation session: date, place, record and the mediators present.</summary>
public sealed class MediationSession : TenantOwnedEntity
{
    public long CaseId { get; set; }
    public MediationCase? Case { get; set; }
    public DateTime HeldAt { get; set; }
    public string Place { get; set; } = "";
    public string Record { get; set; } = "";
    public string Mediators { get; set; } = "";
}

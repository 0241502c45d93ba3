using Gateway.Api.Data;

namespace Gateway.Api.Mediation;

/// <summary>One mediation session: date, place, record; the mediators present are its
/// <see cref="MediationSessionMediator"/> rows.</summary>
public sealed class MediationSession : TenantOwnedEntity
{
    public const int PlaceMaxLength = 200;
    public const int RecordMaxLength = 2000;

    public long CaseId { get; set; }
    public MediationCase? Case { get; set; }
    public DateTime HeldAt { get; set; }
    public string Place { get; set; } = "";
    public string Record { get; set; } = "";
}

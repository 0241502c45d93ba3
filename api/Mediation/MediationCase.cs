using Gateway.Api.Data;
using Gateway.Api.Grids;

namespace Gateway.Api.Mediation;

public enum MediationCaseKind { CivilDispute, PublicSecurityCase }
public enum MediationStage { Registered, Accepted, Investigated, InSessions, AgreementReached, FollowedUp, Failed,
    Referred }

/// <summary>A dispute taken through registration → acceptance → investigation → sessions → agreement →
/// follow-up.</summary>
public sealed class MediationCase : TenantOwnedEntity
{
    public long CommitteeId { get; set; }
    public MediationCommittee? Committee { get; set; }
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    public string CaseNumber { get; set; } = "";
    public MediationCaseKind Kind { get; set; }
    public string Summary { get; set; } = "";
    public string Parties { get; set; } = "";
    public MediationStage Stage { get; set; }
    public DateTime RegisteredAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? InvestigatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public DateTime? FollowedUpAt { get; set; }
    public string? FollowUpNote { get; set; }
    /// <summary>Where a referred case went, or why mediation failed.</summary>
    public string? Disposition { get; set; }
}

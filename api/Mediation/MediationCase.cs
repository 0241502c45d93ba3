using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;

namespace Gateway.Api.Mediation;

public enum MediationCaseKind { CivilDispute, PublicSecurityCase }

/// <summary>Where a case stands. REGISTERED → ACCEPTED | DECLINED; ACCEPTED → INVESTIGATED → IN_SESSIONS →
/// AGREEMENT_REACHED → FOLLOWED_UP; an accepted case not yet settled (ACCEPTED, INVESTIGATED, IN_SESSIONS) may end
/// FAILED or REFERRED.</summary>
public enum MediationStage
{
    [ChineseName("已登记")] Registered,
    [ChineseName("已受理")] Accepted,
    [ChineseName("不予受理")] Declined,
    [ChineseName("已调查")] Investigated,
    [ChineseName("调解中")] InSessions,
    [ChineseName("已达成协议")] AgreementReached,
    [ChineseName("调解不成")] Failed,
    [ChineseName("已移交")] Referred,
    [ChineseName("已回访")] FollowedUp,
}

/// <summary>A dispute taken through registration → acceptance → investigation → sessions → agreement → follow-up. It
/// is owned by the unit where it arose and mediated by a committee at or above that unit.</summary>
public sealed class MediationCase : TenantOwnedEntity, IVersioned
{
    public const int CaseNumberMaxLength = 40;
    public const int SummaryMaxLength = 2000;
    public const int ReasonMaxLength = 500;

    public long CommitteeId { get; set; }
    public MediationCommittee? Committee { get; set; }
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    public string CaseNumber { get; set; } = "";
    public MediationCaseKind Kind { get; set; }
    public string Summary { get; set; } = "";
    public MediationStage Stage { get; set; }
    public DateTime RegisteredAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? InvestigatedAt { get; set; }
    /// <summary>When the case left mediation: declined, settled, failed or referred.</summary>
    public DateTime? ClosedAt { get; set; }
    public string? DeclineReason { get; set; }
    public string? Findings { get; set; }
    public string? FailureReason { get; set; }
    public string? ReferredTo { get; set; }
    public int Version { get; set; }
}

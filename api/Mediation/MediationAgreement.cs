using System.Linq.Expressions;
using Gateway.Api.Data;

namespace Gateway.Api.Mediation;

/// <summary>Whether the parties did what the agreement says, as the follow-up visit found.</summary>
public enum AgreementPerformance { Fully, Partly, NotCarriedOut }

/// <summary>The written agreement (调解协议书) that settles a case, and what the follow-up visit found. Whether it is
/// overdue is computed from its deadline and that finding, never stored.</summary>
public sealed class MediationAgreement : TenantOwnedEntity
{
    public const int TextMaxLength = 2000;

    public long CaseId { get; set; }
    public MediationCase? Case { get; set; }
    public string Facts { get; set; } = "";
    public string Matters { get; set; } = "";
    public string Terms { get; set; } = "";
    public DateOnly PerformanceDeadline { get; set; }
    public DateTime SignedAt { get; set; }
    public DateTime? FollowedUpAt { get; set; }
    public AgreementPerformance? Performance { get; set; }
    public string? FollowUpNote { get; set; }

    /// <summary>The deadline has passed (in the county's calendar) and no follow-up found the terms carried out in
    /// full.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        PerformanceDeadline < today && Performance != AgreementPerformance.Fully;

    /// <summary><see cref="IsOverdueOn"/> as SQL can run it.</summary>
    public static Expression<Func<MediationAgreement, bool>> OverdueOn(DateOnly today) =>
        a => a.PerformanceDeadline < today && a.Performance != AgreementPerformance.Fully;
}

using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Informants;

public enum RewardStatus { Offered, Approved, Paid, Declined }

/// <summary>A reward of 50–500 yuan for a useful tip, approved by someone other than the handler.</summary>
public sealed class Reward : TenantOwnedEntity
{
    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public long? TipId { get; set; }
    public Tip? Tip { get; set; }
    public decimal Amount { get; set; }
    public RewardStatus Status { get; set; }
    public DateTime OfferedAt { get; set; }
    public long? ApprovedById { get; set; }
    public Person? ApprovedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public DateTime? PaidAt { get; set; }
}

using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Personnel;

namespace Gateway.Api.Informants;

/// <summary>How a reward stands, read from its ledger entries.</summary>
public enum RewardStatus
{
    [ChineseName("已提出")] Offered,
    [ChineseName("已审批")] Approved,
    [ChineseName("已发放")] Paid,
    [ChineseName("已拒绝")] Declined,
}

/// <summary>A reward of 50–500 yuan offered for a useful tip. Its amount and status are read from its
/// <see cref="RewardEntry"/> ledger, never stored here.</summary>
public sealed class Reward : TenantOwnedEntity
{
    public const decimal MinAmount = 50m;
    public const decimal MaxAmount = 500m;

    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public long TipId { get; set; }
    public Tip? Tip { get; set; }
    public long? OfferedById { get; set; }
    public Person? OfferedBy { get; set; }
    public DateTime OfferedAt { get; set; }

    public static bool InRange(decimal amount) => amount is >= MinAmount and <= MaxAmount;
}

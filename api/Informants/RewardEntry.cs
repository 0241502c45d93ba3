using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Informants;

public enum RewardEntryKind { Offered, Approved, Declined, Paid, Corrected }

/// <summary>
/// One step of a reward's ledger: the offer with its amount, the approval or refusal, the payment, or a correction
/// that moves the amount by <see cref="Amount"/> (a reversal takes it to nothing). Never changed: a mistake is
/// corrected by a further entry.
/// </summary>
[AppendOnly]
public sealed class RewardEntry : TenantOwnedEntity
{
    public const int ReasonMaxLength = 500;

    public long RewardId { get; set; }
    public Reward? Reward { get; set; }
    public RewardEntryKind Kind { get; set; }
    /// <summary>The amount offered, or a correction's change of it (negative lowers it); null for other
    /// steps.</summary>
    public decimal? Amount { get; set; }
    public string? Reason { get; set; }
    public long? RecordedById { get; set; }
    public Person? RecordedBy { get; set; }
    /// <summary>The account or client that recorded it (the audit log's actor).</summary>
    public string RecordedByActor { get; set; } = "";
    public DateTime RecordedAt { get; set; }
}

namespace Gateway.Api.Informants;

/// <summary>A reward as its ledger entries leave it: the amount (the offer moved by every correction) and the furthest
/// step taken.</summary>
public sealed record RewardLedger(RewardStatus Status, decimal Amount)
{
    public static RewardLedger Of(IEnumerable<(RewardEntryKind Kind, decimal? Amount)> entries)
    {
        var list = entries.ToList();
        var status = list.Any(e => e.Kind == RewardEntryKind.Declined) ? RewardStatus.Declined
            : list.Any(e => e.Kind == RewardEntryKind.Paid) ? RewardStatus.Paid
            : list.Any(e => e.Kind == RewardEntryKind.Approved) ? RewardStatus.Approved
            : RewardStatus.Offered;
        return new RewardLedger(status, list.Sum(e => e.Amount ?? 0m));
    }
}

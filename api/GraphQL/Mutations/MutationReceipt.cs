namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// What a mutation sent with an idempotency key created, so a retry is answered with it instead of creating again.
/// Keyed by caller, so one caller's keys never reach another's results.
/// </summary>
public sealed class MutationReceipt
{
    public const int KeyMaxLength = 100;

    public long Id { get; set; }
    /// <summary>The token's subject and client, as <see cref="MutationRunner"/> names the caller.</summary>
    public string Caller { get; set; } = "";
    public string Mutation { get; set; } = "";
    public string Key { get; set; } = "";
    /// <summary>SHA-256 of the input as sent, so the key reused for a different change is told apart.</summary>
    public string InputHash { get; set; } = "";
    public long ResultId { get; set; }
    public DateTime CreatedAt { get; set; }
}

using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// The receipts of one caller and mutation: what each idempotency key created, and a hash of what was sent with it.
/// <see cref="MutationRunner"/> keeps one per idempotent create; a command creating many rows at once keeps one per
/// row it creates (<see cref="MutationContext.EarlierResultsAsync"/>), so a retried batch creates nothing twice.
/// </summary>
internal sealed class IdempotencyReceipts(GatewayDbContext db, string mutation)
{
    /// <summary>Who is asking, as receipts are keyed: the token's subject and the client it came through.</summary>
    private string Caller => $"{db.Scope.Actor}|{db.Scope.ClientId}";

    /// <summary>SHA-256 of <paramref name="content"/> as JSON: the same content sent again hashes the same.</summary>
    public static string HashOf(object? content) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(content)));

    /// <summary>The receipts left for <paramref name="keys"/>, by key, in one query.</summary>
    public async Task<IReadOnlyDictionary<string, MutationReceipt>> FindAsync(IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken)
    {
        var caller = Caller;
        return await db.Set<MutationReceipt>()
            .Where(r => r.Caller == caller && r.Mutation == mutation && keys.Contains(r.Key))
            .ToDictionaryAsync(r => r.Key, cancellationToken);
    }

    /// <summary>Leaves the receipt of <paramref name="key"/>: the row it created and the hash of what came with
    /// it.</summary>
    public void Keep(string key, string contentHash, long resultId, DateTime createdAt) => db.Add(new MutationReceipt
    {
        Caller = Caller, Mutation = mutation, Key = key, InputHash = contentHash, ResultId = resultId,
        CreatedAt = createdAt,
    });
}

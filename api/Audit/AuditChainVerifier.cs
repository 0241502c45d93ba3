using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Audit;

/// <summary>The outcome of walking the audit chain: how far it held and, if it broke, where and why.</summary>
public sealed record AuditChainVerification(bool Verified, int CheckedRecords, long? FirstBrokenRecordId, string? Reason);

/// <summary>
/// Walks every audit record in id order, recomputing each hash and checking each link, and stops at the first record
/// that does not hold. Changing a record breaks its own hash; removing one breaks the link of the record after it.
/// </summary>
public sealed class AuditChainVerifier(IServiceScopeFactory scopes)
{
    /// <summary>Rows per query: memory stays flat however long the chain grows.</summary>
    public const int BatchSize = 1000;

    public async Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        // The chain spans every tenant, so the walk runs as the system; callers get counts and an id, never content.
        // A record whose path was tampered out of the tree is skipped, and so breaks the link of the record after it.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var records = scope.ServiceProvider.GetRequiredService<GatewayDbContext>().AuditRecords.AsNoTracking();

        var expectedPrevious = AuditLog.GenesisHash;
        var checkedRecords = 0;
        var lastId = 0L;
        while (true)
        {
            var batch = await records.Where(r => r.Id > lastId).OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return new AuditChainVerification(true, checkedRecords, null, null);
            foreach (var record in batch)
            {
                checkedRecords++;
                if (record.PreviousHash != expectedPrevious)
                    return new AuditChainVerification(false, checkedRecords, record.Id,
                        "The record does not link to the one before it: a record before it was removed, inserted or rewritten.");
                if (AuditLog.HashOf(record) != record.Hash)
                    return new AuditChainVerification(false, checkedRecords, record.Id, "The record's content does not match its hash: it was changed.");
                expectedPrevious = record.Hash;
            }
            lastId = batch[^1].Id;
        }
    }
}

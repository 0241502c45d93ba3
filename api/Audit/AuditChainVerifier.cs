using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Audit;

/// <summary>
/// The outcome of walking the audit chain: how far it held and, if it broke, where and why; when it held, a signed
/// checkpoint of its head for an operator to file.
/// </summary>
public sealed record AuditChainVerification(bool Verified, int CheckedRecords, long? FirstBrokenRecordId,
    string? Reason, AuditCheckpoint? Checkpoint = null);

/// <summary>
/// Walks every audit record in id order, checking that ids run on without a gap, recomputing each keyed hash, checking
/// each link, and holding the chain to the checkpoint in its head row and to one an operator filed; it stops at the
/// first fault. Changing a record breaks its own hash; removing one leaves a gap; cutting the newest records falls
/// short of a checkpoint; recomputing the chain needs the key, and still misses the checkpoints' hashes. The head row
/// is in the database, so its owner can rewind it with the records: only a checkpoint filed elsewhere finds that.
/// </summary>
public sealed class AuditChainVerifier(IServiceScopeFactory scopes, AuditChainKey key, TimeProvider clock)
{
    /// <summary>Rows per query: memory stays flat however long the chain grows.</summary>
    public const int BatchSize = 1000;

    public Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken) =>
        VerifyAsync(null, cancellationToken);

    /// <param name="filedCheckpoint">A checkpoint line an operator filed earlier, also checked; null for none.</param>
    public async Task<AuditChainVerification> VerifyAsync(string? filedCheckpoint, CancellationToken cancellationToken)
    {
        var checkpoints = new List<AuditCheckpoint>();
        if (filedCheckpoint is not null)
        {
            if (AuditCheckpoint.Parse(filedCheckpoint) is not { } filed)
                return Fault(0, $"The checkpoint given is not an {AuditCheckpoint.Prefix} line.");
            if (!filed.IsSignedBy(key))
                return Fault(0, "The checkpoint given does not hold its signature: it was altered"
                    + (filed.KeyId != key.Id
                        ? $", or signed with another key (id {filed.KeyId}, not {key.Id})."
                        : "."));
            checkpoints.Add(filed);
        }
        // The chain spans every tenant, so the walk runs as the system; callers get counts and an id, never content.
        // A record whose path was tampered out of the tree is skipped, and so leaves a gap before the record after it.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        // Read before the walk: the head row's checkpoint commits with its records, so the walk meets every record
        // it names.
        var headLine = await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.RowId).Select(h => h.Checkpoint)
            .FirstOrDefaultAsync(cancellationToken);
        if (headLine is not null)
        {
            var stored = AuditCheckpoint.Parse(headLine);
            if (stored is null || !stored.IsSignedBy(key))
                return Fault(0, "The checkpoint in the chain's head row does not hold its signature: it was altered"
                    + (stored is not null && stored.KeyId != key.Id
                        ? $", or signed with another key (id {stored.KeyId}, not {key.Id})." : "."));
            checkpoints.Add(stored);
        }
        var pending = new Queue<AuditCheckpoint>(checkpoints.OrderBy(c => c.HeadId));
        var records = db.AuditRecords.AsNoTracking();

        var expectedPrevious = AuditLog.GenesisHash;
        var checkedRecords = 0;
        AuditRecord? head = null;
        while (true)
        {
            var lastId = head?.Id ?? 0;
            var batch = await records.Where(r => r.Id > lastId).OrderBy(r => r.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            foreach (var record in batch)
            {
                checkedRecords++;
                if (head is not null && record.Id != head.Id + 1)
                    return Broken(checkedRecords, record.Id, "The record does not link to the one before it: "
                        + $"{Missing(head.Id + 1, record.Id - 1)} (removed, or moved out of the unit tree).");
                if (record.PreviousHash != expectedPrevious)
                    return Broken(checkedRecords, record.Id,
                        "The record does not link to the one before it: a record before it was removed, "
                        + "inserted or rewritten.");
                if (key.HashOf(record) != record.Hash)
                    return Broken(checkedRecords, record.Id, "The record's content does not match its keyed hash: "
                        + "it was changed, or its hash recomputed without the chain key.");
                while (pending.TryPeek(out var checkpoint) && checkpoint.HeadId <= record.Id)
                {
                    pending.Dequeue();
                    if (checkpoint.HeadId < record.Id)
                        return Broken(checkedRecords, record.Id,
                            $"The checkpoint of {checkpoint.At:u} names record {checkpoint.HeadId}, "
                            + "missing before this one.");
                    if (checkpoint.HeadHash != record.Hash || checkpoint.Count != checkedRecords)
                        return Broken(checkedRecords, record.Id,
                            $"The record does not match the checkpoint of {checkpoint.At:u} "
                            + $"({checkpoint.Count} records up to this one, with another hash): "
                            + "the chain was rewritten.");
                }
                expectedPrevious = record.Hash;
                head = record;
            }
        }

        if (pending.TryPeek(out var unreached))
            return Broken(checkedRecords, (head?.Id ?? unreached.HeadId - unreached.Count) + 1,
                $"The chain ends {(head is null ? "before its first record" : $"at record {head.Id}")}, but the "
                + $"checkpoint of {unreached.At:u} vouches for {unreached.Count} records up to record "
                + $"{unreached.HeadId}: the newest records were removed.");
        if (head is null) return new AuditChainVerification(true, 0, null, null);
        if (checkpoints.Count == 0)
            return Fault(checkedRecords, $"The chain holds {checkedRecords} records but there is no checkpoint in "
                + "its head row: it was cleared, or nothing was appended since the row was made, so the newest "
                + "records cannot be vouched for. Pass a filed checkpoint to verify against it.");
        return new AuditChainVerification(true, checkedRecords, null, null,
            AuditCheckpoint.Sign(head.Id, checkedRecords, head.Hash, clock.GetUtcNow().UtcDateTime, key));
    }

    private static string Missing(long first, long last) =>
        first == last ? $"record {first} is missing" : $"records {first} to {last} are missing";

    private static AuditChainVerification Broken(int checkedRecords, long recordId, string reason) =>
        new(false, checkedRecords, recordId, reason);

    /// <summary>A fault in the checkpoints rather than in a record: there is no record to point at.</summary>
    private static AuditChainVerification Fault(int checkedRecords, string reason) =>
        new(false, checkedRecords, null, reason);
}

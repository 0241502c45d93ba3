using System.Text;
using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Audit;

/// <summary>
/// Appends hash-chained audit records: each record's keyed hash covers its content and the previous record's hash, so
/// changing or removing any record breaks every link after it, and after each append a signed checkpoint of the new
/// head goes to a file outside the database, so cutting the newest records is found too. Records are written in their
/// own scope and transaction, so a failed or refused operation is still recorded.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, TenantScope caller, IHttpContextAccessor http, TimeProvider clock,
    AuditChainKey key, AuditCheckpointFile checkpoints)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    /// <summary>One writer at a time keeps the chain linear within this process.</summary>
    private static readonly SemaphoreSlim Writer = new(1, 1);

    /// <summary>
    /// Appends the entry; when its object ids do not fit one record, as many records as they need, so a large read is
    /// recorded in full rather than cut short.
    /// </summary>
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        RecordAsync(entry, http.HttpContext?.Connection.RemoteIpAddress?.ToString(), cancellationToken);

    /// <summary>Appends the entry as coming from <paramref name="sourceAddress"/>: for records written after their request ended.</summary>
    public async Task RecordAsync(AuditEntry entry, string? sourceAddress, CancellationToken cancellationToken)
    {
        var occurredAt = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var tenantPath = caller.UnitId is null ? await RootPathAsync(db, cancellationToken) : caller.UnitPath;
        var records = ObjectIdRuns(entry.ObjectIds).Select(objectIds => new AuditRecord
        {
            OccurredAt = occurredAt,
            Actor = caller.Actor,
            ClientId = caller.ClientId,
            TenantUnitId = caller.UnitId,
            TenantPath = tenantPath,
            Operation = entry.Operation,
            ObjectIds = objectIds,
            Outcome = entry.Outcome,
            SourceAddress = sourceAddress,
            Occurrences = entry.Occurrences,
        }).ToList();

        await Writer.WaitAsync(cancellationToken);
        try
        {
            // The semaphore orders this process's writers; the transaction (BEGIN IMMEDIATE on SQLite) orders processes.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var previousHash = await db.AuditRecords.OrderByDescending(r => r.Id).Select(r => r.Hash).FirstOrDefaultAsync(cancellationToken) ?? GenesisHash;
            foreach (var record in records)
            {
                record.PreviousHash = previousHash;
                record.Hash = previousHash = key.HashOf(record);
            }
            db.AuditRecords.AddRange(records);
            await db.SaveChangesAsync(cancellationToken);
            // Ids run on without gaps (the verifier checks it), so the count up to the head needs no table scan.
            var firstId = await db.AuditRecords.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // After the commit, so no checkpoint names a record that was rolled back; inside the semaphore, so this
            // process never appends an older head after a newer one. Once committed, the checkpoint is written even if
            // the caller has gone.
            var head = records[^1];
            await checkpoints.AppendAsync(
                AuditCheckpoint.Sign(head.Id, head.Id - firstId + 1, head.Hash, clock.GetUtcNow().UtcDateTime, key));
        }
        finally
        {
            Writer.Release();
        }
    }

    /// <summary>
    /// Where a record of no unit (the system, a caller without a scope) is filed: at the root of the tree, so the county
    /// bureau's auditors see it; "/" would match no auditor's unit path.
    /// </summary>
    private static async Task<string> RootPathAsync(GatewayDbContext db, CancellationToken cancellationToken) =>
        await db.OrgUnits.Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken) ?? "/";

    /// <summary>The ids, comma-joined into runs that each fit <see cref="AuditRecord.ObjectIdsMaxLength"/>; one empty run for none.</summary>
    private static IEnumerable<string> ObjectIdRuns(IEnumerable<string> objectIds)
    {
        var run = new StringBuilder();
        foreach (var id in objectIds.Select(id => Truncate(id, AuditRecord.ObjectIdsMaxLength)))
        {
            if (run.Length > 0 && run.Length + 1 + id.Length > AuditRecord.ObjectIdsMaxLength)
            {
                yield return run.ToString();
                run.Clear();
            }
            if (run.Length > 0) run.Append(',');
            run.Append(id);
        }
        yield return run.ToString();
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}

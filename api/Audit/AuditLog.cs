using System.Data.Common;
using System.Text;
using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Audit;

/// <summary>
/// Appends hash-chained audit records: each record's keyed hash covers its content and the previous record's hash, so
/// changing or removing any record breaks every link after it, and each append signs a checkpoint of the new head into
/// the chain's head row (<see cref="AuditChainHead"/>), so cutting the newest records alone is found too. Records are
/// written in their own scope and transaction, so a failed or refused operation is still recorded; a change is recorded
/// in the change's transaction instead (<see cref="BeginTransactionAsync"/>), so the two commit together or not at all.
/// Instances sharing the database take turns through the head row's lock.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, TenantScope caller, IHttpContextAccessor http,
    TimeProvider clock, AuditChainKey key, [FromKeyedServices(AuditLog.WriterKey)] SemaphoreSlim writer)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    /// <summary>
    /// The service key of the instance's one writer, a semaphore of one: it keeps this instance's appends from queueing
    /// inside open transactions for the head row's lock, which on SQLite would hold the database's write lock while
    /// waiting.
    /// </summary>
    public const string WriterKey = "audit-chain-writer";

    /// <summary>
    /// Appends the entry; when its object ids do not fit one record, as many records as they need, so a large read is
    /// recorded in full rather than cut short.
    /// </summary>
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        RecordAsync(entry, http.HttpContext?.Connection.RemoteIpAddress?.ToString(), cancellationToken);

    /// <summary>Appends the entry as coming from <paramref name="sourceAddress"/>: for records written after their
    /// request ended.</summary>
    public async Task RecordAsync(AuditEntry entry, string? sourceAddress, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var records = await RecordsOfAsync(entry, sourceAddress, db, cancellationToken);

        await writer.WaitAsync(cancellationToken);
        try
        {
            // The semaphore orders this instance's writers; the head row's lock orders instances. A retry after a
            // transient failure (PostgreSQL) appends the records again from the head.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await AppendAsync(db, records, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>
    /// Begins a transaction on <paramref name="db"/> in which a change and the audit record of it commit together, or
    /// not at all. The chain's writer is held from here until the transaction is disposed, so take it before any write
    /// of the change: a writer waiting inside an open SQLite write transaction would block every other one. Until then,
    /// append through the transaction only: <see cref="RecordAsync(AuditEntry, CancellationToken)"/> would wait for
    /// the writer held here.
    /// </summary>
    public async Task<AuditedTransaction> BeginTransactionAsync(GatewayDbContext db,
        CancellationToken cancellationToken)
    {
        await writer.WaitAsync(cancellationToken);
        try
        {
            return new AuditedTransaction(this, db, await db.Database.BeginTransactionAsync(cancellationToken), writer);
        }
        catch
        {
            writer.Release();
            throw;
        }
    }

    /// <summary>
    /// Appends the entry inside the caller's open transaction, through a system-scoped context on the same connection
    /// (only the system appends to the trail); the caller holds the writer.
    /// </summary>
    internal async Task AppendWithinAsync(DbConnection connection, DbTransaction transaction,
        AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var sourceAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var records = await RecordsOfAsync(entry, sourceAddress, db, cancellationToken);
        await AppendAsync(db, records, cancellationToken);
    }

    private AsyncServiceScope SystemScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        return scope;
    }

    private async Task<List<AuditRecord>> RecordsOfAsync(AuditEntry entry, string? sourceAddress, GatewayDbContext db,
        CancellationToken cancellationToken)
    {
        // Whole microseconds: the finest instant PostgreSQL keeps, so the hash of a record read back is the hash
        // written.
        var now = clock.GetUtcNow().UtcDateTime;
        var occurredAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        var tenantPath = caller.UnitId is null ? await RootPathAsync(db, cancellationToken) : caller.UnitPath;
        return [.. ObjectIdRuns(entry.ObjectIds).Select(objectIds => new AuditRecord
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
        })];
    }

    /// <summary>
    /// Links the records to the chain's head and saves them, and signs the checkpoint of the new head into the head
    /// row, inside a transaction that holds the head row's lock from before the head is read until the commit.
    /// </summary>
    private async Task AppendAsync(GatewayDbContext db, List<AuditRecord> records, CancellationToken cancellationToken)
    {
        var headRow = db.AuditChainHeads.Where(h => h.Id == AuditChainHead.RowId);
        // An UPDATE, the one row lock every provider takes the same way; under READ COMMITTED the reads after it see
        // what the instance that held it before committed.
        if (await headRow.ExecuteUpdateAsync(s => s.SetProperty(h => h.Checkpoint, h => h.Checkpoint),
                cancellationToken) != 1)
            throw new InvalidOperationException(
                "The audit chain's head row (AuditChainHeads, id 1) is missing, so nothing can be recorded: it was "
                + "deleted around the service. Restore it (id 1, no checkpoint), then verify the chain.");
        var previousHash = await db.AuditRecords.OrderByDescending(r => r.Id).Select(r => r.Hash)
            .FirstOrDefaultAsync(cancellationToken) ?? GenesisHash;
        foreach (var record in records)
        {
            record.PreviousHash = previousHash;
            record.Hash = previousHash = key.HashOf(record);
        }
        db.AuditRecords.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        // Ids run on without gaps (the verifier checks it), so the count up to the head needs no table scan.
        var firstId = await db.AuditRecords.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(cancellationToken);
        var head = records[^1];
        var checkpoint = AuditCheckpoint.Sign(head.Id, head.Id - firstId + 1, head.Hash,
            clock.GetUtcNow().UtcDateTime, key).ToLine();
        await headRow.ExecuteUpdateAsync(s => s.SetProperty(h => h.Checkpoint, checkpoint), cancellationToken);
    }

    /// <summary>
    /// Where a record of no unit (the system, a caller without a scope) is filed: at the root of the tree, so the
    /// county bureau's auditors see it; "/" would match no auditor's unit path.
    /// </summary>
    private static async Task<string> RootPathAsync(GatewayDbContext db, CancellationToken cancellationToken) =>
        await db.OrgUnits.Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => u.Path)
            .FirstOrDefaultAsync(cancellationToken) ?? "/";

    /// <summary>The ids, comma-joined into runs that each fit <see cref="AuditRecord.ObjectIdsMaxLength"/>; one empty
    /// run for none.</summary>
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

    private static string Truncate(string value, int length) =>
        value.Length <= length ? value : value[..(length - 1)] + "…";
}

using System.Data.Common;
using System.Text;
using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Audit;

/// <summary>
/// Appends hash-chained audit records: each record's keyed hash covers its content and the previous record's hash, so
/// changing or removing any record breaks every link after it, and after each append a signed checkpoint of the new
/// head goes to a file outside the database, so cutting the newest records is found too. Records are written in their
/// own scope and transaction, so a failed or refused operation is still recorded; a change is recorded in the change's
/// transaction instead (<see cref="BeginTransactionAsync"/>), so the two commit together or not at all.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, TenantScope caller, IHttpContextAccessor http,
    TimeProvider clock, AuditChainKey key, AuditCheckpointFile checkpoints)
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

    /// <summary>Appends the entry as coming from <paramref name="sourceAddress"/>: for records written after their
    /// request ended.</summary>
    public async Task RecordAsync(AuditEntry entry, string? sourceAddress, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var records = await RecordsOfAsync(entry, sourceAddress, db, cancellationToken);

        await Writer.WaitAsync(cancellationToken);
        try
        {
            // The semaphore orders this process's writers; the transaction (BEGIN IMMEDIATE on SQLite) orders
            // processes. A retry after a transient failure (PostgreSQL) appends the records again from the head.
            var head = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var appended = await AppendAsync(db, records, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return appended;
            });
            await CheckpointAsync(head);
        }
        finally
        {
            Writer.Release();
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
        await Writer.WaitAsync(cancellationToken);
        try
        {
            return new AuditedTransaction(this, db, await db.Database.BeginTransactionAsync(cancellationToken), Writer);
        }
        catch
        {
            Writer.Release();
            throw;
        }
    }

    /// <summary>
    /// Appends the entry inside the caller's open transaction, through a system-scoped context on the same connection
    /// (only the system appends to the trail); the caller holds <see cref="Writer"/>.
    /// </summary>
    internal async Task<ChainHead> AppendWithinAsync(DbConnection connection, DbTransaction transaction,
        AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var sourceAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var records = await RecordsOfAsync(entry, sourceAddress, db, cancellationToken);
        return await AppendAsync(db, records, cancellationToken);
    }

    /// <summary>
    /// A signed checkpoint of the new head, after the commit, so no checkpoint names a record that was rolled back;
    /// while the writer is held, so this process never appends an older head after a newer one. Once committed, the
    /// checkpoint is written even if the caller has gone.
    /// </summary>
    internal Task CheckpointAsync(ChainHead head) =>
        checkpoints.AppendAsync(
            AuditCheckpoint.Sign(head.Id, head.Count, head.Hash, clock.GetUtcNow().UtcDateTime, key));

    private AsyncServiceScope SystemScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        return scope;
    }

    private async Task<List<AuditRecord>> RecordsOfAsync(AuditEntry entry, string? sourceAddress, GatewayDbContext db,
        CancellationToken cancellationToken)
    {
        var occurredAt = clock.GetUtcNow().UtcDateTime;
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

    /// <summary>The newest record of the chain and how many records it has up to there.</summary>
    internal sealed record ChainHead(long Id, long Count, string Hash);

    /// <summary>Links the records to the chain's head and saves them, inside a transaction that holds the
    /// writer.</summary>
    private async Task<ChainHead> AppendAsync(GatewayDbContext db, List<AuditRecord> records,
        CancellationToken cancellationToken)
    {
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
        return new ChainHead(head.Id, head.Id - firstId + 1, head.Hash);
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

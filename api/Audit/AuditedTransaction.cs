using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Api.Audit;

/// <summary>
/// A transaction on a caller's context that holds the audit chain's writer: the caller saves its change, appends the
/// record of it, and commits both at once, with the checkpoint of the new head; disposed without a commit, none is
/// kept.
/// </summary>
public sealed class AuditedTransaction : IAsyncDisposable
{
    private readonly AuditLog log;
    private readonly GatewayDbContext db;
    private readonly IDbContextTransaction transaction;
    private readonly SemaphoreSlim writer;
    private bool appended;
    private bool released;

    internal AuditedTransaction(AuditLog log, GatewayDbContext db, IDbContextTransaction transaction,
        SemaphoreSlim writer) =>
        (this.log, this.db, this.transaction, this.writer) = (log, db, transaction, writer);

    /// <summary>Appends the entry to the chain inside this transaction.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await log.AppendWithinAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), entry,
            cancellationToken);
        appended = true;
    }

    /// <summary>Commits the change with its audit record.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (!appended)
            throw new InvalidOperationException("A change commits only with its audit record: append it first.");
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (released) return;
        released = true;
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            writer.Release();
        }
    }
}

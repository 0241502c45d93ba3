using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NpgsqlTypes;

namespace Gateway.Api.Data.Replicas;

/// <summary>
/// After a caller's transaction commits on the primary, remembers the primary's WAL position for that caller
/// (<see cref="CallerWritePositions"/>). The system's own work (audit of reads, jobs, start-up) is no caller's write.
/// </summary>
public sealed class WritePositionRecorder(CallerWritePositions writes, ILogger<WritePositionRecorder> logger)
    : DbTransactionInterceptor
{
    /// <summary>
    /// The insert position, not <c>pg_current_wal_lsn()</c> (the position written out): under asynchronous commit the
    /// commit's record may still be in the WAL buffers, beyond the written position, when the transaction returns.
    /// </summary>
    private const string CurrentPosition = "SELECT pg_current_wal_insert_lsn()";

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (CommandFor(eventData) is not var (caller, command)) return;
        await using (command)
        {
            try
            {
                Remember(caller, await command.ExecuteScalarAsync(CancellationToken.None));
            }
            catch (DbException e)
            {
                Warn(e);
            }
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (CommandFor(eventData) is not var (caller, command)) return;
        using (command)
        {
            try
            {
                Remember(caller, command.ExecuteScalar());
            }
            catch (DbException e)
            {
                Warn(e);
            }
        }
    }

    /// <summary>The caller who committed and the statement reading the position, straight on the connection, past
    /// EF; null when no caller wrote.</summary>
    private static (string, DbCommand)? CommandFor(TransactionEndEventData eventData)
    {
        if (eventData.Context is not GatewayDbContext db || CallerWritePositions.CallerOf(db.Scope) is not { } caller)
            return null;
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = CurrentPosition;
        return (caller, command);
    }

    private void Remember(string caller, object? position) =>
        writes.Remember(caller, (NpgsqlLogSequenceNumber)position!);

    /// <summary>The write stands; only the caller's next reads may go to a replica that has not replayed it.</summary>
    private void Warn(DbException e) => logger.LogWarning(e,
        "Reading the primary's WAL position after a commit failed; the caller's next reads may miss the write.");
}

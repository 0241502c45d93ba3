using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Api.Operations;

/// <summary>
/// How Gateway keeps its SQLite file. Write-ahead logging lets requests read while one writes and makes a commit one
/// append to the log, which a process killed at any instant leaves whole or absent; the first connection of the process
/// switches the file to it (the mode is stored in the file). <c>synchronous</c> stays at SQLite's default, FULL: the
/// log is synced at every commit, so an acknowledged write survives a power cut too, not only a crash. Every connection
/// waits up to <see cref="SqliteOptions.BusyTimeoutMilliseconds"/> for another's write lock instead of failing with
/// SQLITE_BUSY (Microsoft.Data.Sqlite retries a busy statement until the command timeout too, but not a busy
/// <c>COMMIT</c> of a transaction already writing).
/// </summary>
public sealed class SqliteDurability(SqliteOptions options) : DbConnectionInterceptor
{
    private int writeAheadLogSet;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas();
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string Pragmas()
    {
        var busyTimeout = $"PRAGMA busy_timeout = {options.BusyTimeoutMilliseconds};";
        // Once per process is enough, as the file keeps the mode; setting it again on every open would cost a lock.
        return Interlocked.Exchange(ref writeAheadLogSet, 1) == 0
            ? busyTimeout + " PRAGMA journal_mode = WAL;"
            : busyTimeout;
    }
}

/// <summary>SQLite settings under <see cref="Section"/>.</summary>
public sealed class SqliteOptions
{
    public const string Section = "Database:Sqlite";

    /// <summary>How long a connection waits for another's write lock before SQLITE_BUSY.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5_000;
}

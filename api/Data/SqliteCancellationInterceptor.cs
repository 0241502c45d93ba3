using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Gateway.Api.Data;

/// <summary>
/// Makes a SQLite statement stop when its command's cancellation token fires (the request's budget ran out, or the
/// client left). Microsoft.Data.Sqlite looks at the token only before a statement starts; once SQLite runs it, it runs
/// to its end. While a command runs, and its reader is open, SQLite's progress handler looks at the command's own token
/// every few thousand virtual-machine instructions and aborts the statement once it has fired; the abort surfaces as
/// the <see cref="OperationCanceledException"/> the caller asked for. Every command sets the handler for its own token
/// (or none) when it starts and clears it when it ends, so a token can never stop a later command on the same pooled
/// connection; unlike <c>sqlite3_interrupt</c>, a token that fires just before a statement starts is not lost.
/// </summary>
public sealed class SqliteCancellationInterceptor : DbCommandInterceptor
{
    public static readonly SqliteCancellationInterceptor Instance = new();

    /// <summary>Instructions between two looks at the token: microseconds of work, a negligible share of it.</summary>
    private const int InstructionsBetweenChecks = 4_000;

    private static readonly delegate_progress StopWhenCancelled =
        token => ((CancellationToken)token).IsCancellationRequested ? 1 : 0;

    private SqliteCancellationInterceptor()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Watch(command, CancellationToken.None);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    /// <summary>Rows are stepped out of SQLite as the reader reads them, so the watch lasts until the reader
    /// closes.</summary>
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(cancellationToken.CanBeCanceled
            ? new CancellableDataReader(result, command, cancellationToken)
            : result);

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Watch(command, CancellationToken.None);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        object? result, CancellationToken cancellationToken = default)
    {
        Unwatch(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Watch(command, CancellationToken.None);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        int result, CancellationToken cancellationToken = default)
    {
        Unwatch(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>SQLite reports the abort as an error of its own (SQLITE_INTERRUPT): it is the caller's
    /// cancellation.</summary>
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Unwatch(command);
        if (eventData.Exception is SqliteException error && AsCancellation(error, cancellationToken) is { } cancelled)
            throw cancelled;
        return Task.CompletedTask;
    }

    /// <summary>EF calls a command cancelled when it failed after its token fired, whatever the error.</summary>
    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Unwatch(command);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    /// <summary>The statement's abort as the cancellation it is; <c>null</c> for any other error.</summary>
    internal static OperationCanceledException? AsCancellation(SqliteException exception, CancellationToken token) =>
        exception.SqliteErrorCode == raw.SQLITE_INTERRUPT && token.IsCancellationRequested
            ? new OperationCanceledException(exception.Message, exception, token)
            : null;

    internal static void Unwatch(DbCommand command) => Watch(command, CancellationToken.None);

    private static void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (command.Connection is not SqliteConnection { Handle: { } connection }) return;
        if (cancellationToken.CanBeCanceled)
            raw.sqlite3_progress_handler(connection, InstructionsBetweenChecks, StopWhenCancelled, cancellationToken);
        else
            raw.sqlite3_progress_handler(connection, 0, null, null);
    }
}

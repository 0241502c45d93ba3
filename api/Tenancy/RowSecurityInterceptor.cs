using System.Data.Common;
using System.Globalization;
using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Api.Tenancy;

/// <summary>
/// Feeds <see cref="RowLevelSecurity"/> the scope of the context a command comes from: each command starts with a call
/// that sets the scope for its own transaction only — the explicit one of a save, or the implicit one PostgreSQL runs a
/// single command's statements in — so nothing of it stays on the connection for the next caller, whether Npgsql's
/// pool or pgbouncer in transaction pooling hands it on. The same call bounds the transaction's statements by the
/// request's budget plus a second (so a request that runs out is answered TIMEOUT by the service rather than by the
/// server; the system's own work is bounded by the command timeout alone) and turns JIT compilation off: the tenant
/// filter's sub-selects lift the planner's estimates past its threshold, and compiling a page's statement took a second
/// where running it takes milliseconds. Being per transaction, neither needs a startup parameter, which pgbouncer
/// would refuse.
/// Migrations run as the system, inside their own transactions.
/// </summary>
public sealed class RowSecurityInterceptor(int budgetSeconds) : DbCommandInterceptor
{
    /// <summary>The callers' statement timeout, in milliseconds as PostgreSQL reads it; "0" is none.</summary>
    private readonly string callerStatementTimeout =
        budgetSeconds > 0 ? ((budgetSeconds + 1) * 1000).ToString(CultureInfo.InvariantCulture) : "0";

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        EnterScope(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        await EnterScopeAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result)
    {
        EnterScope(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterScopeAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result)
    {
        EnterScope(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterScopeAsync(command, eventData, cancellationToken);
        return result;
    }

    private void EnterScope(DbCommand command, CommandEventData eventData)
    {
        using var separate = ScopeCommand(command, eventData);
        separate?.ExecuteNonQuery();
    }

    private async Task EnterScopeAsync(DbCommand command, CommandEventData eventData,
        CancellationToken cancellationToken)
    {
        await using var separate = ScopeCommand(command, eventData);
        if (separate is not null) await separate.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Puts the scope in front of <paramref name="command"/>'s statements; or, for a save, whose rows affected are
    /// read statement by statement, answers a command of its own to run first in the save's transaction.
    /// </summary>
    private DbCommand? ScopeCommand(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is not GatewayDbContext db) return null;
        if (eventData.CommandSource == CommandSource.Migrations)
        {
            // Before the first start the procedure does not exist; the history table's reads, outside a transaction,
            // touch no tenant row.
            if (command.Transaction is not null)
                command.CommandText = $"""
                    SET LOCAL gateway.scope_from = '{RowLevelSecurity.Everything.From}';
                    SET LOCAL gateway.scope_to = '{RowLevelSecurity.Everything.To}';
                    {command.CommandText}
                    """;
            return null;
        }
        var (from, to) = RowLevelSecurity.RangeOf(db);
        var timeout = db.Scope.IsSystem ? "0" : callerStatementTimeout;
        var call = $"CALL {RowLevelSecurity.EnterScopeProcedure}('{from}', '{to}', '{timeout}')";
        if (eventData.CommandSource != CommandSource.SaveChanges)
        {
            command.CommandText = $"{call};\n{command.CommandText}";
            return null;
        }
        if (command.Transaction is null)
            throw new InvalidOperationException("A save on PostgreSQL runs in a transaction "
                + "(AutoTransactionBehavior.Always), which carries its scope.");
        var separate = command.Connection!.CreateCommand();
        separate.Transaction = command.Transaction;
        separate.CommandText = call;
        return separate;
    }
}

using System.Data.Common;
using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Api.Tenancy;

/// <summary>
/// Feeds <see cref="RowLevelSecurity"/> the scope of the context a command comes from: each command starts with a call
/// that sets the scope for its own transaction only — the explicit one of a save, or the implicit one PostgreSQL runs a
/// single command's statements in — so nothing of it stays on the connection for the next caller, whether Npgsql's
/// pool or pgbouncer in transaction pooling hands it on. Migrations run as the system, inside their own transactions.
/// </summary>
public sealed class RowSecurityInterceptor : DbCommandInterceptor
{
    public static readonly RowSecurityInterceptor Instance = new();

    private RowSecurityInterceptor()
    {
    }

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

    private static void EnterScope(DbCommand command, CommandEventData eventData)
    {
        using var separate = ScopeCommand(command, eventData);
        separate?.ExecuteNonQuery();
    }

    private static async Task EnterScopeAsync(DbCommand command, CommandEventData eventData,
        CancellationToken cancellationToken)
    {
        await using var separate = ScopeCommand(command, eventData);
        if (separate is not null) await separate.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Puts the scope in front of <paramref name="command"/>'s statements; or, for a save, whose rows affected are
    /// read statement by statement, answers a command of its own to run first in the save's transaction.
    /// </summary>
    private static DbCommand? ScopeCommand(DbCommand command, CommandEventData eventData)
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
        var call = $"CALL {RowLevelSecurity.EnterScopeProcedure}('{from}', '{to}')";
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

using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.Api.Tenancy;

/// <summary>
/// PostgreSQL's row-level security as a second wall behind the query filters and the write guard: every tenant-owned
/// table hides, and refuses to take, rows owned outside the scope its statement runs in, whatever SQL reaches it. The
/// policies are drawn from the same declarations as the query filters (<see cref="TenantOwnedAttribute"/>,
/// <see cref="SharedDownwardsAttribute"/>, <see cref="AlsoReadThroughAttribute"/>), and applied at start-up whenever
/// they differ from those stored, so they are in step with the model without a migration of their own. The scope
/// comes per transaction from <see cref="RowSecurityInterceptor"/>; without one a statement sees no tenant row.
/// </summary>
public static class RowLevelSecurity
{
    /// <summary>The procedure every statement starts with: sets, for the statement's transaction only, the owner-path
    /// range of its scope, its time limit and JIT off (see <see cref="RowSecurityInterceptor"/>).</summary>
    public const string EnterScopeProcedure = "gateway_enter_scope";

    /// <summary>The range <c>[from, to)</c> of owner paths the system's statements cover: every path starts with
    /// "/", and "0" is the character after it.</summary>
    public static readonly (string From, string To) Everything = ("/", "0");

    /// <summary>A range no path lies in ("-" and "." sort before "/"): a statement without a caller sees
    /// nothing.</summary>
    public static readonly (string From, string To) Nothing = ("-", ".");

    private const string OwnerPolicy = "gateway_owner";
    private const string ReaderPolicy = "gateway_reader";

    /// <summary>
    /// The functions the policies call and the procedure that feeds them. The comparisons are byte by byte whatever
    /// the database's collation, like the path columns'. The functions are single SQL expressions over stable calls,
    /// so the planner inlines them and the range serves as an index condition on the path column.
    /// </summary>
    private const string Functions = $"""
        CREATE OR REPLACE FUNCTION gateway_owns(owner_path text) RETURNS boolean
            LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT owner_path COLLATE "C" >= current_setting('gateway.scope_from', true)
                AND owner_path COLLATE "C" < current_setting('gateway.scope_to', true) $$;
        CREATE OR REPLACE FUNCTION gateway_shared_down(owner_path text) RETURNS boolean
            LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT starts_with(current_setting('gateway.scope_from', true) COLLATE "C", owner_path) $$;
        CREATE OR REPLACE PROCEDURE {EnterScopeProcedure}(scope_from text, scope_to text, statement_timeout text)
            LANGUAGE sql
            AS $$ SELECT set_config('gateway.scope_from', scope_from, true),
                set_config('gateway.scope_to', scope_to, true),
                set_config('statement_timeout', statement_timeout, true), set_config('jit', 'off', true) $$;

        """;

    /// <summary>The whole script: the functions, then for each tenant-owned table row security switched on and forced
    /// (the tables' owner is the service's own role), a policy for the rows owned in scope (reads and writes) and,
    /// where the type is read more widely, one for those reads.</summary>
    public static string Script(IModel model)
    {
        var script = new StringBuilder(Functions);
        foreach (var table in TenantTables(model))
        {
            var name = Quote(table.Name);
            var path = Quote(table.PathColumn);
            script.AppendLine($"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;")
                .AppendLine($"ALTER TABLE {name} FORCE ROW LEVEL SECURITY;")
                .AppendLine($"DROP POLICY IF EXISTS {OwnerPolicy} ON {name};")
                .AppendLine($"CREATE POLICY {OwnerPolicy} ON {name} USING (gateway_owns({path})) "
                    + $"WITH CHECK (gateway_owns({path}));")
                .AppendLine($"DROP POLICY IF EXISTS {ReaderPolicy} ON {name};");
            // PostgreSQL joins permissive policies with OR, this one's arms first, and stops at the first that holds;
            // a read-through's hashed sub-select is built in full on its first use. Rows the caller owns answer
            // before it: a county-wide read never builds it, a narrower one builds it from the few rows in range.
            var wider = new List<string> { $"gateway_owns({path})" };
            if (table.SharedDownwards) wider.Add($"gateway_shared_down({path})");
            // Correlated, as the query filters write them on PostgreSQL (GatewayDbContext.ReadThroughCorrelated).
            wider.AddRange(table.ReadThrough.Select(through => $"EXISTS (SELECT 1 FROM {Quote(through.Table)} "
                + $"WHERE {Quote(through.Table)}.{Quote(through.ForeignKeyColumn)} = {name}.{Quote(table.IdColumn)})"));
            if (wider.Count > 1)
                script.AppendLine(
                    $"CREATE POLICY {ReaderPolicy} ON {name} FOR SELECT USING ({string.Join(" OR ", wider)});");
        }
        return script.ToString();
    }

    /// <summary>
    /// Applies <see cref="Script"/> when the database holds another version of it (its hash is the procedure's
    /// comment), in one transaction under an advisory lock, so instances starting together apply it once. Runs on
    /// the context's connection past its interceptors: the procedure they call may not exist yet. Answers whether
    /// the connection's role bypasses row security (a superuser, or BYPASSRLS), for the caller to warn about.
    /// </summary>
    public static async Task<bool> ApplyAsync(GatewayDbContext db, CancellationToken cancellationToken)
    {
        var script = Script(db.Model);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        var bypassed = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                var connection = db.Database.GetDbConnection();
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction,
                    "SELECT pg_advisory_xact_lock(hashtext('gateway row security'))", cancellationToken);
                var stored = await ExecuteAsync(connection, transaction, $"""
                    SELECT obj_description(p.oid, 'pg_proc') FROM pg_proc AS p
                    WHERE p.proname = '{EnterScopeProcedure}' AND p.pronamespace = current_schema()::regnamespace
                    """, cancellationToken);
                if (!Equals(stored, hash))
                    await ExecuteAsync(connection, transaction,
                        script + $"COMMENT ON PROCEDURE {EnterScopeProcedure}(text, text, text) IS '{hash}';",
                        cancellationToken);
                bypassed = Equals(await ExecuteAsync(connection, transaction,
                    "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", cancellationToken),
                    true);
                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
        return bypassed;
    }

    /// <summary>The range of owner paths <paramref name="db"/>'s statements run in: its caller's unit and below,
    /// everything for the system or while the context has lifted the wall, nothing without a caller. Paths are
    /// digits between slashes; anything else is refused before it could reach the SQL text.</summary>
    public static (string From, string To) RangeOf(GatewayDbContext db)
    {
        if (db.Scope.IsSystem || db.RowSecurityLifted) return Everything;
        if (db.Scope.UnitId is null) return Nothing;
        var path = db.Scope.UnitPath;
        if (path.Any(c => c != '/' && !char.IsAsciiDigit(c)))
            throw new InvalidOperationException("A unit path holds digits and slashes only.");
        // "/1/2/5/" gives "/1/2/50": the least string above every path that starts with it.
        return (path, path[..^1] + "0");
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private sealed record ReadThroughTable(string Table, string ForeignKeyColumn);

    private sealed record TenantTable(string Name, string PathColumn, string IdColumn, bool SharedDownwards,
        IReadOnlyList<ReadThroughTable> ReadThrough);

    /// <summary>Each table of a tenant-owned type once (a hierarchy sharing a table is named by its root).</summary>
    private static IEnumerable<TenantTable> TenantTables(IModel model) =>
        from type in model.GetEntityTypes()
        where type.BaseType is null && !type.IsOwned() && type.GetTableName() is not null
        let ownership = TenantOwnership.Of(type.ClrType)
        where ownership.PathProperty is not null
        orderby type.GetTableName() ascending
        select new TenantTable(type.GetTableName()!, type.FindProperty(ownership.PathProperty!)!.GetColumnName(),
            type.FindPrimaryKey()!.Properties.Single().GetColumnName(), ownership.SharedDownwards,
            [.. ownership.ReadThrough.Select(through => ReadThroughTableOf(model, through))]);

    private static ReadThroughTable ReadThroughTableOf(IModel model, AlsoReadThroughAttribute through)
    {
        var source = model.FindEntityType(through.Source)!;
        return new ReadThroughTable(source.GetTableName()!, source.FindProperty(through.ForeignKey)!.GetColumnName());
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}

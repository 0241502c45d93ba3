using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gateway.Api.Data;

/// <summary>What the service adds to a PostgreSQL connection: a bound on every statement, JIT off, and identity
/// sequences that follow ids written explicitly.</summary>
public static class PostgresConnection
{
    /// <summary>
    /// The connection string with <c>statement_timeout</c> set to the request's budget (plus a second, so a request
    /// that runs out is answered TIMEOUT by the service rather than by the server) and JIT compilation off, unless the
    /// connection string sets its own options. A budget of zero leaves statements unbounded. JIT: the tenant filter's
    /// sub-selects lift the planner's estimates past its threshold, and compiling a page's statement took a second
    /// where running it takes milliseconds.
    /// </summary>
    public static string WithSessionSettings(string connectionString, int budgetSeconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options))
            builder.Options = budgetSeconds > 0
                ? $"-c statement_timeout={(budgetSeconds + 1) * 1000} -c jit=off"
                : "-c jit=off";
        return builder.ConnectionString;
    }

    /// <summary>Lets the statements of <paramref name="db"/>'s session run as long as they need: the rebuild command
    /// recomputes rollups from millions of rows, far past a request's budget. The connection stays open for the
    /// context's life, so the setting holds for its statements.</summary>
    public static async Task UnboundStatementsAsync(DbContext db)
    {
        await db.Database.OpenConnectionAsync();
        db.Database.SetCommandTimeout(0);
        await db.Database.ExecuteSqlRawAsync("SET statement_timeout = 0");
    }

    /// <summary>Gathers the planner's statistics of every table (ANALYZE) after a bulk load such as the demo seed:
    /// before autovacuum gets to new tables, their first queries are planned as if they were empty (nested loops over
    /// range scans: seconds where milliseconds do).</summary>
    public static Task GatherPlannerStatisticsAsync(DbContext db) => db.Database.ExecuteSqlRawAsync("ANALYZE");

    /// <summary>Npgsql's own timeout of a command, in seconds (0 waits forever), a second past the budget.</summary>
    public static int CommandTimeoutSeconds(int budgetSeconds) => budgetSeconds > 0 ? budgetSeconds + 1 : 0;

    /// <summary>
    /// Sets every identity sequence of the schema to continue after the largest id stored: rows written with their ids
    /// (the demo seed, a copy of a database) leave the sequences behind, and the next insert would collide.
    /// </summary>
    public static Task ContinueIdentitiesAfterStoredIdsAsync(DbContext db) => db.Database.ExecuteSqlRawAsync("""
        DO $$
        DECLARE c record;
        BEGIN
            FOR c IN SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND is_identity = 'YES'
            LOOP
                EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), COALESCE(MAX(%I), 0) + 1, false) FROM %I',
                    quote_ident(c.table_name), c.column_name, c.column_name, c.table_name);
            END LOOP;
        END $$;
        """);
}

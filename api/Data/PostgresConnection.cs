using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Data;

/// <summary>What the service does to a PostgreSQL database besides its queries: identity sequences that follow ids
/// written explicitly, statistics after a bulk load, commands as long as they need.</summary>
public static class PostgresConnection
{
    /// <summary>Lets the statements of <paramref name="db"/> run as long as they need: the rebuild command recomputes
    /// rollups from millions of rows, far past a request's budget. The server bounds no statement of the system's
    /// (RowSecurityInterceptor); this lifts Npgsql's command timeout.</summary>
    public static void UnboundStatements(DbContext db) => db.Database.SetCommandTimeout(0);

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

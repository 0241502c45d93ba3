using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gateway.Api.Data;

/// <summary>What the service adds to a PostgreSQL connection: a bound on every statement, and identity sequences that
/// follow ids written explicitly.</summary>
public static class PostgresConnection
{
    /// <summary>
    /// The connection string with <c>statement_timeout</c> set to the request's budget (plus a second, so a request
    /// that runs out is answered TIMEOUT by the service rather than by the server), unless the connection string sets
    /// its own options. A budget of zero leaves statements unbounded.
    /// </summary>
    public static string WithStatementTimeout(string connectionString, int budgetSeconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (budgetSeconds > 0 && string.IsNullOrEmpty(builder.Options))
            builder.Options = $"-c statement_timeout={(budgetSeconds + 1) * 1000}";
        return builder.ConnectionString;
    }

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

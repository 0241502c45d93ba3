using Npgsql;

namespace Gateway.Benchmarks;

/// <summary>
/// Hands a generated PostgreSQL database to the role the service runs as: made if missing (<c>LOGIN NOSUPERUSER
/// NOBYPASSRLS</c>, no password), then owner of the database, its schema, tables, sequences and routines. The
/// generator writes as a superuser, since PostgreSQL refuses <c>COPY FROM</c> under row-level security; the service,
/// measured as it runs in production, connects as the owner, whose every statement row-level security filters.
/// </summary>
internal static class OwnerRole
{
    public static async Task HandOverAsync(string connectionString, string role)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var owner = new NpgsqlCommandBuilder().QuoteIdentifier(role);
        var database = new NpgsqlCommandBuilder().QuoteIdentifier(connection.Database);
        await using var command = new NpgsqlCommand($$"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{role.Replace("'", "''")}}') THEN
                CREATE ROLE {{owner}} LOGIN NOSUPERUSER NOBYPASSRLS;
              END IF;
            END $$;
            DO $$ DECLARE o record; BEGIN
              -- Sequences of identity columns follow their tables.
              FOR o IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                       JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                         AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d
                                  WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))) LOOP
                EXECUTE format('ALTER %s %s OWNER TO {{owner}}', CASE o.relkind WHEN 'S' THEN 'SEQUENCE'
                  WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, o.name);
              END LOOP;
              FOR o IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                       JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO {{owner}}', o.name);
              END LOOP;
            END $$;
            ALTER SCHEMA public OWNER TO {{owner}};
            ALTER DATABASE {{database}} OWNER TO {{owner}};
            """, connection);
        await command.ExecuteNonQueryAsync();
        Console.WriteLine($"The database {connection.Database} belongs to {role}, which row-level security filters.");
    }
}

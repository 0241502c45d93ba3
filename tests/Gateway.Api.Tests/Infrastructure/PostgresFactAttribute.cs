namespace Gateway.Api.Tests.Infrastructure;

/// <summary>A test of PostgreSQL itself (its row-level security, its catalogue): skipped, with the reason, when the
/// suite runs on SQLite (<see cref="TestDatabases.OnPostgres"/>).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute(string reason)
    {
        if (!TestDatabases.OnPostgres) Skip = "PostgreSQL only: " + reason;
    }
}

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>A test of SQLite itself (its files, a connection of its own): skipped, with the reason, when the suite runs
/// on PostgreSQL (<see cref="TestDatabases.OnPostgres"/>).</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string reason)
    {
        if (TestDatabases.OnPostgres) Skip = "SQLite only: " + reason;
    }
}

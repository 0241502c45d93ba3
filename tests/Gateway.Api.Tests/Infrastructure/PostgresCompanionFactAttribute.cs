namespace Gateway.Api.Tests.Infrastructure;

/// <summary>A test against a server beside the run's PostgreSQL primary (<see cref="PostgresCompanions"/>): skipped,
/// with the reason, on SQLite and when the server's variable is not set.</summary>
public sealed class PostgresCompanionFactAttribute : FactAttribute
{
    public PostgresCompanionFactAttribute(string variable, string server)
    {
        if (PostgresCompanions.MissingReason(variable, server) is { } reason) Skip = reason;
    }
}

using Npgsql;
using NpgsqlTypes;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// The servers test.sh starts beside the run's PostgreSQL primary: a streaming standby of it
/// (<see cref="ReplicaVariable"/>) and PgBouncer in transaction pooling mode in front of it
/// (<see cref="PgBouncerVariable"/>). Each variable holds a connection string without a database, as a user who may
/// pause the standby's replay; the app reaches its test database through them as it does on the primary.
/// </summary>
public static class PostgresCompanions
{
    public const string ReplicaVariable = "GATEWAY_TEST_POSTGRES_REPLICA";
    public const string PgBouncerVariable = "GATEWAY_TEST_PGBOUNCER";

    /// <summary>Why a test of <paramref name="variable"/>'s server cannot run here, or null when it can.</summary>
    public static string? MissingReason(string variable, string server) =>
        !TestDatabases.OnPostgres
            ? $"PostgreSQL only: a {server} stands beside the run on PostgreSQL ({TestDatabases.ProviderVariable}"
                + $"=postgres and {variable}, which test.sh sets)."
            : string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))
                ? $"No {server} to test against: {variable} is not set (test.sh starts one and sets it)."
                : null;

    /// <summary>The app's connection string to the test database at <paramref name="databasePath"/> (its database,
    /// role and settings), pointed at the server that <paramref name="variable"/> names.</summary>
    public static string ConnectionStringFor(string variable, string databasePath)
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(variable));
        return new NpgsqlConnectionStringBuilder(TestDatabases.ConnectionStringFor(databasePath))
        {
            Host = server.Host, Port = server.Port,
        }.ConnectionString;
    }

    /// <summary>The standby's own maintenance database, for pausing and following its replay.</summary>
    private static NpgsqlConnection OpenStandby()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(
            Environment.GetEnvironmentVariable(ReplicaVariable)) { Database = "postgres", Pooling = false }
            .ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Commits a transaction on the primary and waits until the standby has replayed it, so the standby holds the test
    /// database as the primary has it now, and the time of the last transaction it replayed (its lag, once replay
    /// pauses) is now. Fails when replay stops moving for a minute, or after five: a standby replaying the suite's
    /// database copies on a loaded machine can be minutes behind and still catching up.
    /// </summary>
    /// <remarks>
    /// The insert position read after the commit lies past the next page's header when the commit ended a WAL page,
    /// and the standby replays up to it only once something else is written: while it waits, the primary commits
    /// another transaction every half second, as a busy server would.
    /// </remarks>
    public static async Task CatchUpAsync(string databasePath)
    {
        await using var primary = (NpgsqlConnection)TestDatabases.OpenConnection(databasePath);
        await using var commit = new NpgsqlCommand("SELECT pg_current_xact_id()", primary);
        await commit.ExecuteScalarAsync();
        await using var position = new NpgsqlCommand("SELECT pg_current_wal_insert_lsn()", primary);
        var written = (NpgsqlLogSequenceNumber)(await position.ExecuteScalarAsync())!;

        await using var standby = OpenStandby();
        var started = DateTime.UtcNow;
        var (lastMove, nextNudge) = (started, started.AddMilliseconds(500));
        await using var replayed = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn()", standby);
        var last = (NpgsqlLogSequenceNumber)(await replayed.ExecuteScalarAsync())!;
        while (last < written)
        {
            var now = DateTime.UtcNow;
            if (now - lastMove >= TimeSpan.FromMinutes(1) || now - started >= TimeSpan.FromMinutes(5))
                Assert.Fail($"The standby has not replayed {written}: at {last} after "
                    + $"{(now - started).TotalSeconds:0} s, {(now - lastMove).TotalSeconds:0} s since it last moved; "
                    + $"{await ReplayStateAsync(standby)}.");
            if (now >= nextNudge)
            {
                await commit.ExecuteScalarAsync();
                nextNudge = now.AddMilliseconds(500);
            }
            await Task.Delay(20);
            var current = (NpgsqlLogSequenceNumber)(await replayed.ExecuteScalarAsync())!;
            if (current > last) (last, lastMove) = (current, DateTime.UtcNow);
        }
    }

    /// <summary>Whether the standby's replay is paused and what its WAL receiver is doing, for a failure's
    /// message.</summary>
    private static async Task<string> ReplayStateAsync(NpgsqlConnection standby)
    {
        await using var state = new NpgsqlCommand(
            """
            SELECT 'replay ' || pg_get_wal_replay_pause_state() || ', WAL receiver '
                || coalesce((SELECT status || ', received up to ' || flushed_lsn FROM pg_stat_wal_receiver),
                    'not running')
            """, standby);
        return (string)(await state.ExecuteScalarAsync())!;
    }

    /// <summary>Pauses the standby's replay: from here it keeps what it has, and the primary moves on alone.</summary>
    public static async Task PauseReplayAsync()
    {
        await using var standby = OpenStandby();
        await using var pause = new NpgsqlCommand("SELECT pg_wal_replay_pause()", standby);
        await pause.ExecuteNonQueryAsync();
    }

    public static async Task ResumeReplayAsync()
    {
        await using var standby = OpenStandby();
        await using var resume = new NpgsqlCommand("SELECT pg_wal_replay_resume()", standby);
        await resume.ExecuteNonQueryAsync();
    }
}

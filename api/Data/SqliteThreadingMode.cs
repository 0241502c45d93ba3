using SQLitePCL;

namespace Gateway.Api.Data;

/// <summary>
/// Puts SQLite in its multi-thread mode, once, before the process opens its first connection. The bundled library is
/// built serialized: every call into it (two for each column of each row read) takes and releases the connection's
/// mutex, a tenth of the CPU time of reading a city's daily quotas. A connection here is never used by two threads at
/// once, which is all the multi-thread mode asks: a context is not thread-safe (the test suite runs with EF's check of
/// that), and the pool lends a connection to one context at a time.
/// </summary>
public static class SqliteThreadingMode
{
    private static readonly Lazy<int> Configured = new(() =>
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
    });

    /// <summary>Answers SQLite's <c>SQLITE_OK</c>; or <c>SQLITE_MISUSE</c> when the process had opened a connection
    /// before, and SQLite stays serialized: as safe, only slower.</summary>
    public static int UseMultiThread() => Configured.Value;
}

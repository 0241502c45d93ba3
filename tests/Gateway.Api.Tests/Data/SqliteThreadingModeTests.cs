using Gateway.Api.Data;
using SQLitePCL;

namespace Gateway.Api.Tests.Data;

/// <summary>
/// The service puts SQLite in its multi-thread mode before its first connection; SQLite takes the setting only before
/// it has initialised, so a library that initialised on loading would leave it serialized without a word.
/// </summary>
public sealed class SqliteThreadingModeTests
{
    [Fact]
    public void The_bundled_SQLite_takes_the_multi_thread_mode_before_the_first_connection()
    {
        Assert.Equal(raw.SQLITE_OK, SqliteThreadingMode.UseMultiThread());
    }
}

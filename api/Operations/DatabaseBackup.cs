using Microsoft.Data.Sqlite;

namespace Gateway.Api.Operations;

/// <summary>
/// An online copy of the SQLite database through SQLite's backup API: it reads one consistent snapshot while the
/// service keeps serving (under write-ahead logging, writers are not held back), into a file beside the target that
/// is renamed into place only once it is complete and passes <c>PRAGMA integrity_check</c>. The copy is one plain
/// file (rollback journal, no <c>-wal</c> beside it), ready to be restored by putting it in the database's place.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<int> RunAsync(string connectionString, string? targetPath, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(targetPath))
        {
            output.WriteLine("Name the file to write: backup <path>.");
            return 2;
        }
        var target = Path.GetFullPath(targetPath);
        var source = new SqliteConnectionStringBuilder(connectionString)
            { Pooling = false };
        if (string.IsNullOrEmpty(source.DataSource) || source.DataSource == ":memory:"
            || !File.Exists(source.DataSource))
        {
            output.WriteLine($"The database '{source.DataSource}' is no file to back up.");
            return 2;
        }
        if (File.Exists(target) || Path.GetFullPath(source.DataSource) == target)
        {
            output.WriteLine($"{target} exists; name a new file, a backup never overwrites one.");
            return 2;
        }

        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            await using (var from = new SqliteConnection(source.ToString()))
            await using (var to = new SqliteConnection(
                new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await from.OpenAsync();
                await to.OpenAsync();
                from.BackupDatabase(to);
                // The copy takes the source's write-ahead mode; one self-contained file is simpler to keep and restore.
                await ScalarAsync(to, "PRAGMA journal_mode = DELETE;");
                var check = await ScalarAsync(to, "PRAGMA integrity_check;");
                if (check != "ok")
                {
                    output.WriteLine($"The copy failed its integrity check: {check}");
                    return 1;
                }
            }
            File.Move(partial, target);
        }
        finally
        {
            File.Delete(partial);
        }
        output.WriteLine($"Backed up {source.DataSource} to {target} ({new FileInfo(target).Length} bytes); "
            + "integrity check ok.");
        return 0;
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}

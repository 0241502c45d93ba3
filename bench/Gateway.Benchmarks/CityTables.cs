using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Gateway.Benchmarks;

/// <summary>One table being filled, a row at a time: values in the order of the columns it was opened with. A date is
/// a <see cref="DateOnly"/>, an instant a UTC <see cref="DateTime"/>, an enum its name.</summary>
internal interface ICityTable : IAsyncDisposable
{
    void Add(params object?[] row);
}

/// <summary>Where the generated rows go: one table at a time, inside the transaction the caller opened.</summary>
internal abstract class CityTables(GenerationProgress progress)
{
    protected GenerationProgress Progress { get; } = progress;

    public abstract Task<ICityTable> OpenAsync(string table, params string[] columns);

    public static async Task<CityTables> ForAsync(DbConnection connection, DbTransaction transaction,
        GenerationProgress progress)
    {
        if (connection is not NpgsqlConnection npgsql) return new SqliteInserts(connection, transaction, progress);
        await PostgresCopy.SkipForeignKeyChecksAsync(npgsql);
        return new PostgresCopy(npgsql, progress);
    }
}

/// <summary>
/// PostgreSQL: a binary <c>COPY … FROM STDIN</c> per table, each value written with the type of its column as the
/// catalogue gives it (so a null needs no type of its own and a text is never sent where a number is stored).
/// </summary>
internal sealed class PostgresCopy(NpgsqlConnection connection, GenerationProgress progress) : CityTables(progress)
{
    /// <summary>
    /// For a superuser, turns off the foreign-key triggers until the transaction ends (<c>session_replication_role =
    /// replica</c>, as a restore does): checking each entry's seven references row by row would cost more than writing
    /// it, and the generator writes every reference before what points to it. Anyone else gets the checks.
    /// </summary>
    public static async Task SkipForeignKeyChecksAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            DO $$ BEGIN
                IF current_setting('is_superuser') = 'on' THEN SET LOCAL session_replication_role = replica; END IF;
            END $$
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Starts the table's COPY after dropping its indexes other than the primary key's, which the table gets back,
    /// built from the rows in one sort each, when it is disposed: keeping the entries' ten indexes in step row by row
    /// cost more than building them once. It all happens in the caller's transaction, so a failure loses no index.
    /// </summary>
    public override async Task<ICityTable> OpenAsync(string table, params string[] columns)
    {
        var types = await ColumnTypesAsync(table);
        var indexes = await SecondaryIndexesAsync(table);
        foreach (var (name, _) in indexes) await ExecuteAsync($"DROP INDEX \"{name}\"");
        // An empty table no foreign key points to is truncated first: rows copied into a table truncated in the same
        // transaction are written frozen, and without WAL where wal_level is minimal.
        var truncated = !await IsReferencedAsync(table);
        if (truncated) await ExecuteAsync($"TRUNCATE \"{table}\"");
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN "
            + (truncated ? "(FORMAT BINARY, FREEZE)" : "(FORMAT BINARY)");
        return new Table(await connection.BeginBinaryImportAsync(copy), [.. columns.Select(c => types[c])], Progress,
            async () =>
            {
                var started = Stopwatch.GetTimestamp();
                await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'");
                foreach (var (_, definition) in indexes) await ExecuteAsync(definition);
                Progress.IndexBuilding += Stopwatch.GetElapsedTime(started);
            });
    }

    private async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(string table)
    {
        await using var command = new NpgsqlCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes AS i
            WHERE i.schemaname = current_schema() AND i.tablename = $1
              AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname)
            """, connection) { Parameters = { new() { Value = table } } };
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new List<(string, string)>();
        while (await reader.ReadAsync()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        return indexes;
    }

    private async Task<bool> IsReferencedAsync(string table)
    {
        await using var command = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = quote_ident($1)::regclass)
            """, connection) { Parameters = { new() { Value = table } } };
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<Dictionary<string, NpgsqlDbType>> ColumnTypesAsync(string table)
    {
        await using var command = new NpgsqlCommand("""
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1
            """, connection) { Parameters = { new() { Value = table } } };
        await using var reader = await command.ExecuteReaderAsync();
        var types = new Dictionary<string, NpgsqlDbType>();
        while (await reader.ReadAsync())
            types[reader.GetString(0)] = reader.GetString(1) switch
            {
                "bigint" => NpgsqlDbType.Bigint,
                "integer" => NpgsqlDbType.Integer,
                "boolean" => NpgsqlDbType.Boolean,
                "date" => NpgsqlDbType.Date,
                "timestamp with time zone" => NpgsqlDbType.TimestampTz,
                "character varying" => NpgsqlDbType.Varchar,
                "text" => NpgsqlDbType.Text,
                var other => throw new NotSupportedException($"\"{table}\" has a column of type {other}."),
            };
        return types;
    }

    private sealed class Table(NpgsqlBinaryImporter importer, NpgsqlDbType[] types, GenerationProgress progress,
        Func<Task> afterCopy) : ICityTable
    {
        public void Add(params object?[] row)
        {
            importer.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                // Typed writes: writing an object makes Npgsql look its converter up value by value.
                switch (row[i])
                {
                    case null: importer.WriteNull(); break;
                    case long number: importer.Write(number, types[i]); break;
                    case int number: importer.Write(number, types[i]); break;
                    case string text: importer.Write(text, types[i]); break;
                    case DateTime instant: importer.Write(instant, types[i]); break;
                    case DateOnly day: importer.Write(day, types[i]); break;
                    case bool flag: importer.Write(flag, types[i]); break;
                    case Enum name: importer.Write(name.ToString(), types[i]); break;
                    case var other: importer.Write(other, types[i]); break;
                }
            }
            progress.Count();
        }

        public async ValueTask DisposeAsync()
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
            await afterCopy();
        }
    }
}

/// <summary>SQLite: prepared <c>INSERT … VALUES (…), (…)</c> of <see cref="RowsPerStatement"/> rows, run as rows
/// come; the rows left at the end go in one statement of their own. Values are stored as EF Core stores them
/// there.</summary>
internal sealed class SqliteInserts(DbConnection connection, DbTransaction transaction, GenerationProgress progress)
    : CityTables(progress)
{
    private const int RowsPerStatement = 100;

    public override Task<ICityTable> OpenAsync(string table, params string[] columns) =>
        Task.FromResult<ICityTable>(new Table(connection, transaction, table, columns, Progress));

    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        Enum name => name.ToString(),
        _ => value,
    };

    private sealed class Table(DbConnection connection, DbTransaction transaction, string table, string[] columns,
        GenerationProgress progress) : ICityTable
    {
        private readonly List<object> pending = [];
        private DbCommand? full;

        public void Add(params object?[] row)
        {
            pending.AddRange(row.Select(Stored));
            progress.Count();
            if (pending.Count < RowsPerStatement * columns.Length) return;
            full ??= Prepared(RowsPerStatement);
            Run(full);
        }

        public async ValueTask DisposeAsync()
        {
            if (pending.Count > 0)
            {
                await using var rest = Prepared(pending.Count / columns.Length);
                Run(rest);
            }
            if (full is not null) await full.DisposeAsync();
            full = null;
        }

        private void Run(DbCommand command)
        {
            for (var i = 0; i < pending.Count; i++) command.Parameters[i].Value = pending[i];
            command.ExecuteNonQuery();
            pending.Clear();
        }

        private DbCommand Prepared(int rows)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
                + "VALUES " + string.Join(", ", Enumerable.Range(0, rows).Select(r =>
                    "(" + string.Join(", ", columns.Select((_, c) => $"$p{r * columns.Length + c}")) + ")"));
            for (var i = 0; i < rows * columns.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"$p{i}";
                command.Parameters.Add(parameter);
            }
            command.Prepare();
            return command;
        }
    }
}

/// <summary>A progress bar on standard error: rows written of those expected, rows a second, time left; redrawn at
/// most five times a second, and on its own line when the output is not a terminal.</summary>
internal sealed class GenerationProgress(long expectedRows)
{
    private const int Width = 30;
    private static readonly long RedrawTicks = Stopwatch.Frequency / 5;
    private readonly long started = Stopwatch.GetTimestamp();
    private long lastDrawn;

    public long Rows { get; private set; }

    /// <summary>Of <see cref="Elapsed"/>, the time spent building indexes again after the rows were copied.</summary>
    public TimeSpan IndexBuilding { get; set; }
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(started);
    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 1e-6);

    public void Count()
    {
        Rows++;
        if ((Rows & 1023) != 0) return;
        var now = Stopwatch.GetTimestamp();
        if (now - lastDrawn < RedrawTicks * (Console.IsErrorRedirected ? 25 : 1)) return;
        lastDrawn = now;
        Draw(final: false);
    }

    public void Finish() => Draw(final: true);

    private void Draw(bool final)
    {
        var done = Math.Min(1.0, Rows / (double)Math.Max(expectedRows, 1));
        var filled = (int)(done * Width);
        var left = RowsPerSecond > 0 ? TimeSpan.FromSeconds(Math.Max(0, expectedRows - Rows) / RowsPerSecond) : default;
        var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {Rows,12:N0} / {expectedRows:N0} rows"
            + $"  {RowsPerSecond,9:N0} rows/s  ETA {left:mm\\:ss}";
        if (Console.IsErrorRedirected || final) Console.Error.WriteLine(Console.IsErrorRedirected ? line : "\r" + line);
        else Console.Error.Write("\r" + line);
    }
}

using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Benchmarks;

/// <summary>
/// Records the commands EF Core sends while <see cref="Recording"/> is on, each with its parameters' values written
/// into it as SQL literals: as <see cref="PgbenchScript"/>, a script pgbench can run as it is (<c>pgbench -f</c>), the
/// floor no server on top of the same statements can beat.
/// </summary>
internal sealed partial class SqlCapture : DbCommandInterceptor
{
    private readonly List<string> statements = [];

    public bool Recording { get; set; }

    /// <summary>
    /// <paramref name="commands"/> as a pgbench script. Each command stays one pgbench command ("\;" between its
    /// statements), sent as one query and so run in one transaction, as Npgsql's batch runs it: the scope set at its
    /// start holds for the statement after it.
    /// </summary>
    public static string PgbenchScript(IEnumerable<string> commands) =>
        string.Concat(commands.Select(command => StatementEnd().Replace(command.TrimEnd(';'), "\\;\n") + ";\n"));

    /// <summary>The commands recorded so far, and forgets them.</summary>
    public IReadOnlyList<string> Take()
    {
        lock (statements)
        {
            var taken = statements.ToList();
            statements.Clear();
            return taken;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    private void Record(DbCommand command)
    {
        if (!Recording) return;
        var values = command.Parameters.Cast<DbParameter>()
            .ToDictionary(p => p.ParameterName.TrimStart('@', ':', '$'), p => p.Value);
        var sql = ParameterName().Replace(command.CommandText, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? Literal(value) : match.Value);
        lock (statements) statements.Add(sql.Trim().TrimEnd(';') + ";");
    }

    /// <summary>A value as PostgreSQL reads it back in the same type.</summary>
    private static string Literal(object? value) => value switch
    {
        null or DBNull => "NULL",
        string text => Quoted(text),
        bool flag => flag ? "TRUE" : "FALSE",
        DateTime { Kind: DateTimeKind.Utc } instant => Quoted(instant.ToString("yyyy-MM-dd HH:mm:ss.ffffff",
            CultureInfo.InvariantCulture) + "+00") + "::timestamptz",
        DateTime moment => Quoted(moment.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture))
            + "::timestamp",
        DateTimeOffset instant => Quoted(instant.ToString("yyyy-MM-dd HH:mm:ss.ffffffzzz",
            CultureInfo.InvariantCulture)) + "::timestamptz",
        DateOnly day => Quoted(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + "::date",
        Guid id => Quoted(id.ToString()) + "::uuid",
        IFormattable number and (long or int or short or decimal or double or float) =>
            number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items and not string => $"ARRAY[{string.Join(", ", items.Cast<object?>().Select(Literal))}]"
            + ArrayType(value),
        _ => throw new NotSupportedException($"No SQL literal for a {value.GetType().Name} parameter."),
    };

    /// <summary>The array's type, so an empty one is typed too.</summary>
    private static string ArrayType(object array)
    {
        var type = array.GetType();
        var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().Single();
        return (Nullable.GetUnderlyingType(element) ?? element) switch
        {
            var t when t == typeof(long) => "::bigint[]",
            var t when t == typeof(int) => "::integer[]",
            var t when t == typeof(string) => "::text[]",
            var t when t == typeof(DateOnly) => "::date[]",
            var t => throw new NotSupportedException($"No SQL array type for {t.Name} elements."),
        };
    }

    private static string Quoted(string text) => "'" + text.Replace("'", "''") + "'";

    [GeneratedRegex(@";[ \t]*\n")]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"[@$:]([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands the app's <c>GatewayDbContext</c> sends (readers, scalars and non-queries, sync and async),
/// so a test can assert what one request costs: <see cref="Reset"/>, send the request, read <see cref="Count"/>.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int count;
    private readonly List<string> commands = [];
    private readonly List<(string Command, int Reads)> reads = [];

    public int Count => Volatile.Read(ref count);

    /// <summary>The text of the commands counted since the last reset, for failure messages.</summary>
    public IReadOnlyList<string> Commands
    {
        get { lock (commands) return [.. commands]; }
    }

    /// <summary>
    /// How many times each reader was read since the last reset: what the app took from the database, command by
    /// command. A reader read to its end counts its rows plus the read that found no more.
    /// </summary>
    public IReadOnlyList<(string Command, int Reads)> Reads
    {
        get { lock (commands) return [.. reads]; }
    }

    /// <summary>What <paramref name="request"/> answers, and how many commands it sent.</summary>
    public async Task<(T Result, int Commands)> CountAsync<T>(Func<Task<T>> request)
    {
        Reset();
        var result = await request();
        return (result, Count);
    }

    public void Reset()
    {
        lock (commands)
        {
            commands.Clear();
            reads.Clear();
            Volatile.Write(ref count, 0);
        }
    }

    private void Record(DbCommand command)
    {
        lock (commands)
        {
            commands.Add(command.CommandText);
            Interlocked.Increment(ref count);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData,
        InterceptionResult result)
    {
        lock (commands) reads.Add((command.CommandText, eventData.ReadCount));
        return result;
    }
}

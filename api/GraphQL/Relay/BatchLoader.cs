using System.Linq.Expressions;
using Gateway.Api.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Relay;

/// <summary>
/// Per-request batching of relation loads: every key asked for while one level of the query executes
/// is fetched by a single <c>WHERE key IN (…)</c> when the executor first awaits a result, so a request
/// costs one SQL command per relation and level, whatever the number of rows.
/// </summary>
public sealed class BatchLoader(GatewayDbContext db)
{
    private readonly Dictionary<(Type, string, string), object> batches = [];

    /// <summary>The row with this id, reading the columns of <paramref name="projection"/>.</summary>
    public IDataLoaderResult<T?> ById<T>(long id, Projection projection) where T : Entity, new() =>
        Batch<T>(e => e.Id, projection).Load(id).Then(rows => rows.Count > 0 ? rows[0] : null);

    /// <summary>The rows whose <paramref name="foreignKey"/> is <paramref name="key"/>, in id order, reading the columns of <paramref name="projection"/>.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> ByForeignKey<T>(Expression<Func<T, long?>> foreignKey, long key, Projection projection) where T : Entity, new() =>
        Batch(foreignKey, projection).Load(key);

    /// <summary>One batch per key column and column set: loads that read different columns are different queries.</summary>
    private KeyedBatch<T> Batch<T>(Expression<Func<T, long?>> key, Projection projection) where T : Entity, new()
    {
        var keyName = KeyName(key.Body);
        projection = projection.Including(keyName);
        var batchKey = (typeof(T), keyName, projection.Key);
        if (!batches.TryGetValue(batchKey, out var batch))
            batches[batchKey] = batch = new KeyedBatch<T>(db, key, projection);
        return (KeyedBatch<T>)batch;
    }

    /// <summary>The key column's name, so <c>a => a.GridId</c> and <c>g => g.GridId</c> share one batch.</summary>
    private static string KeyName(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => KeyName(convert.Operand),
        MemberExpression member => member.Member.Name,
        _ => body.ToString(),
    };

    private sealed class KeyedBatch<T>(GatewayDbContext db, Expression<Func<T, long?>> key, Projection projection) where T : Entity, new()
    {
        private readonly Func<T, long?> readKey = key.Compile();
        private readonly HashSet<long> pending = [];
        private readonly Dictionary<long, List<T>> loaded = [];

        public IDataLoaderResult<IReadOnlyList<T>> Load(long value)
        {
            if (!loaded.ContainsKey(value)) pending.Add(value);
            return new PendingResult<IReadOnlyList<T>>(async cancellationToken =>
            {
                if (pending.Count > 0) await FetchPendingAsync(cancellationToken);
                return loaded.TryGetValue(value, out var rows) ? rows : [];
            });
        }

        private async Task FetchPendingAsync(CancellationToken cancellationToken)
        {
            var keys = pending.Select(k => (long?)k).ToList();
            pending.Clear();
            foreach (var k in keys) loaded[k!.Value] = [];
            // The keys travel as one parameter, so EF reuses its compiled query whatever the keys are.
            var parameter = Expression.Property(Expression.Constant(new KeyList(keys)), nameof(KeyList.Keys));
            var contains = Expression.Lambda<Func<T, bool>>(
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(long?)], parameter, key.Body),
                key.Parameters);
            var rows = await projection.Apply(db.Set<T>().AsNoTracking().Where(contains).OrderBy(e => e.Id)).ToListAsync(cancellationToken);
            foreach (var row in rows) loaded[readKey(row)!.Value].Add(row);
        }
    }

    private sealed record KeyList(List<long?> Keys);
}

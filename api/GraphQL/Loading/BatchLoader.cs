using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Loading;

/// <summary>
/// Per-request batching of relation loads: every key asked for while one level of the query executes
/// is fetched by a single <c>WHERE key IN (…)</c> when the executor first awaits a result, so a request
/// costs one SQL command per relation and level, whatever the number of rows.
/// </summary>
public sealed class BatchLoader(GatewayDbContext db)
{
    private readonly Dictionary<(Type, string, string), object> batches = [];
    private readonly Dictionary<(Type, string), object> childPages = [];

    /// <summary>The row with this id, reading the columns of <paramref name="projection"/>.</summary>
    public IDataLoaderResult<T?> ById<T>(long id, Projection projection) where T : Entity, new() =>
        Batch<T>(e => e.Id, projection).Load(id).Then(rows => rows.Count > 0 ? rows[0] : null);

    /// <summary>Hands over a row read with another query of this request, or its absence, as <see cref="ById"/> would
    /// load it.</summary>
    public void Prime<T>(long id, T? row, Projection projection) where T : Entity, new() =>
        Batch<T>(e => e.Id, projection).Prime(id, row);

    /// <summary>The rows whose <paramref name="foreignKey"/> is <paramref name="key"/>, in id order, reading the
    /// columns of <paramref name="projection"/>.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> ByForeignKey<T>(Expression<Func<T, long?>> foreignKey, long key,
        Projection projection) where T : Entity, new() =>
        Batch(foreignKey, projection).Load(key);

    /// <summary>
    /// The page of <paramref name="parentId"/>'s children a nested connection field asks for. The pages of every parent
    /// the field appears under at one place in the query come from one SQL command (each parent's rows numbered in the
    /// requested order), and their counts, when selected, from one more.
    /// </summary>
    public IDataLoaderResult<Connection<T>> ChildPage<TParent, T>(IResolveFieldContext context,
        Expression<Func<T, long?>> foreignKey, long parentId, Type nodeGraphType)
        where TParent : Entity where T : Entity, new()
    {
        // Every parent in a list shares the field's place in the query (its path without list indexes), and so its
        // arguments.
        var place = (typeof(T), string.Join('.', context.ResponsePath.Where(step => step is string)));
        if (!childPages.TryGetValue(place, out var batch))
            childPages[place] = batch = new ChildPageBatch<TParent, T>(this, db,
                PageRequest<T>.From(context, db.Set<T>().AsNoTracking(), nodeGraphType),
                JoinedReferences.OfConnection(context), foreignKey);
        return ((ChildPageBatch<TParent, T>)batch).Load(parentId);
    }

    /// <summary>One batch per key column and column set: loads that read different columns are different
    /// queries.</summary>
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

    /// <summary>
    /// Keys asked for while a level of the query executes, fetched together when the executor first awaits one of them;
    /// <see cref="FetchAsync"/> stores a value for every key it is given.
    /// </summary>
    private abstract class PendingBatch<TValue>
    {
        private readonly HashSet<long> pending = [];
        private readonly Dictionary<long, TValue> loaded = [];
        /// <summary>The latest fetch; a key it failed to store rethrows its error.</summary>
        private Task round = Task.CompletedTask;

        public IDataLoaderResult<TValue> Load(long key)
        {
            if (!loaded.ContainsKey(key)) pending.Add(key);
            return new PendingResult<TValue>(async cancellationToken =>
            {
                if (pending.Count > 0)
                {
                    var keys = pending.ToList();
                    pending.Clear();
                    round = FetchAsync(keys, cancellationToken);
                }
                if (!loaded.ContainsKey(key)) await round;
                return loaded[key];
            });
        }

        protected void Store(long key, TValue value)
        {
            pending.Remove(key);
            loaded[key] = value;
        }

        protected abstract Task FetchAsync(List<long> keys, CancellationToken cancellationToken);
    }

    private sealed class KeyedBatch<T>(GatewayDbContext db, Expression<Func<T, long?>> key, Projection projection)
        : PendingBatch<IReadOnlyList<T>>
        where T : Entity, new()
    {
        private readonly Func<T, long?> readKey = key.Compile();

        public void Prime(long value, T? row) => Store(value, row is null ? [] : [row]);

        protected override async Task FetchAsync(List<long> keys, CancellationToken cancellationToken)
        {
            var rows = await projection.Apply(db.Set<T>().AsNoTracking().Where(KeyIn(key, keys)).OrderBy(e => e.Id))
                .ToListAsync(cancellationToken);
            var byKey = rows.GroupBy(row => readKey(row)!.Value).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var k in keys) Store(k, byKey.GetValueOrDefault(k) ?? []);
        }
    }

    private sealed record KeyList(List<long?> Keys);

    /// <summary><c>row =&gt; keys.Contains(row.Key)</c>, the keys travelling as one parameter so EF reuses its compiled
    /// query.</summary>
    private static Expression<Func<T, bool>> KeyIn<T>(Expression<Func<T, long?>> key, IEnumerable<long> keys)
    {
        var parameter = Expression.Property(Expression.Constant(new KeyList([.. keys.Select(k => (long?)k)])),
            nameof(KeyList.Keys));
        return Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(long?)], parameter, key.Body),
            key.Parameters);
    }

    private sealed class ChildPageBatch<TParent, T>(BatchLoader loader, GatewayDbContext db, PageRequest<T> request,
        JoinedReferences joined, Expression<Func<T, long?>> foreignKey)
        : PendingBatch<Connection<T>>
        where TParent : Entity where T : Entity, new()
    {
        private readonly Func<T, long?> readKey = foreignKey.Compile();
        private readonly Projection projection = request.Projection.Including(KeyName(foreignKey.Body));

        protected override async Task FetchAsync(List<long> keys, CancellationToken cancellationToken)
        {
            // SELECT … FROM parent JOIN (children numbered per parent in the requested order) WHERE number <= size + 1
            var parent = Expression.Parameter(typeof(TParent), "parent");
            var child = foreignKey.Parameters[0];
            var ofParent = Expression.Lambda<Func<T, bool>>(
                Expression.Equal(foreignKey.Body,
                    Expression.Convert(Expression.Property(parent, nameof(Entity.Id)), typeof(long?))), child);
            var page = request.Order.Apply(request.Window.Where(ofParent), request.Backwards).Take(request.Size + 1);
            var parentRows = db.Set<TParent>().Where(KeyIn<TParent>(p => p.Id, keys));
            var rows = parentRows.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable),
                nameof(Queryable.SelectMany), [typeof(TParent), typeof(T)], parentRows.Expression,
                Expression.Quote(Expression.Lambda<Func<TParent, IEnumerable<T>>>(page.Expression, parent))));
            var fetched = await request.Order.WithKeys(request.Order.Apply(rows, request.Backwards),
                projection.Selector<T>(), joined.IsEmpty ? null : joined.Values<T>(db)).ToListAsync(cancellationToken);
            joined.Prime(loader, fetched);

            var beyond = request.FarCursor is { } cursor
                ? (await request.Filtered.Where(PageRequest<T>.Not(cursor)).Where(KeyIn(foreignKey, keys))
                    .Select(foreignKey).Distinct().ToListAsync(cancellationToken)).ToHashSet()
                : [];
            var byParent = fetched.GroupBy(row => readKey(row.Row)!.Value).ToDictionary(g => g.Key, g => g.ToList());
            // These parents' counts of matching children, in one grouped query the first time one of them is asked for.
            Task<Dictionary<long, int>>? counts = null;
            Task<Dictionary<long, int>> CountsAsync(CancellationToken ct) =>
                counts ??= request.Filtered.Where(KeyIn(foreignKey, keys)).GroupBy(foreignKey)
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key!.Value, g => g.Count, ct);
            foreach (var key in keys)
                Store(key, request.Connect(byParent.GetValueOrDefault(key) ?? [], beyond.Contains(key), async ct =>
                    (await CountsAsync(ct)).GetValueOrDefault(key)));
        }
    }
}

using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Relay;
using Gateway.Api.Tenancy;
using GraphQL;

namespace Gateway.Api.GraphQL.Conventions;

/// <summary>
/// The order of a connection: the requested keys, then the id, so the order is total and a cursor names one
/// position. Paging is keyset paging over these keys, so a page never repeats or skips rows when rows are added.
/// A nullable key sorts rows without a value last in either direction, through an extra "is null" key.
/// </summary>
public sealed class SortOrder
{
    public const int MaxKeys = 5;
    private readonly List<Key> keys;

    private SortOrder(List<Key> keys) => this.keys = keys;

    /// <summary>Text, numbers, money, dates and instants: the types SQL compares the same way on every provider.</summary>
    public static bool IsSortable(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateOnly);
    }

    public static SortOrder For<T>(IReadOnlyList<IDictionary<string, object?>>? order, EntityFieldMap map, TenantScope scope) where T : Entity
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keys = new List<Key>();
        if (order is not null)
        {
            if (order.Count > MaxKeys) throw new FilterError($"`order` takes at most {MaxKeys} keys.");
            for (var i = 0; i < order.Count; i++)
            {
                var set = order[i].Where(f => f.Value is not null).ToList();
                if (set.Count != 1) throw new FilterError($"`order[{i}]` must name exactly one field.");
                var (name, direction) = (set[0].Key, (SortDirection)set[0].Value!);
                if (!map.Columns.TryGetValue(name, out var column) || !IsSortable(column.Property.PropertyType))
                    throw new FilterError($"`order[{i}].{name}` cannot be sorted on.");
                if (column.Permission is { } permission && !scope.Has(permission))
                    throw new ExecutionError($"`order[{i}].{name}` may not be used by this caller.") { Code = "ACCESS_DENIED" };
                var value = Expression.Property(row, column.Property);
                if (column.Nullable)
                    keys.Add(Key.Of(row, Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(1), Expression.Constant(0)), descending: false));
                keys.Add(Key.Of(row, value, direction == SortDirection.Desc));
            }
        }
        keys.Add(Key.Of(row, Expression.Property(row, nameof(Entity.Id)), descending: false));
        return new SortOrder(keys);
    }

    public IQueryable<T> Apply<T>(IQueryable<T> rows, bool reverse)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var key in keys)
        {
            var descending = key.Descending ^ reverse;
            var method = ordered is null ? (descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy))
                : (descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy));
            ordered = (IOrderedQueryable<T>)rows.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), method, [typeof(T), key.Selector.ReturnType],
                (ordered ?? rows).Expression, Expression.Quote(key.Selector)));
        }
        return ordered!;
    }

    public string CursorOf<T>(T row) => Relay.Cursor.Encode(keys.Select(k => k.Read(row!)));

    /// <summary>Rows strictly after <paramref name="cursor"/> in this order (before it when <paramref name="reverse"/>).</summary>
    public Expression<Func<T, bool>> Beyond<T>(string cursor, string argument, bool reverse)
    {
        var values = Decode(cursor, argument);
        var row = Expression.Parameter(typeof(T), "row");
        Expression any = Expression.Constant(false);
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = ParameterRebinder.Body(keys[i].Selector, row);
            var value = values[i] is null ? Expression.Constant(null, key.Type) : ScalarConditions.Value(values[i]!, key.Type, argument);
            if (values[i] is not null)
            {
                var greater = keys[i].Descending ^ reverse;
                any = Expression.OrElse(any, Expression.AndAlso(equalSoFar, greater ? LessThan(key, value) : GreaterThan(key, value)));
            }
            equalSoFar = Expression.AndAlso(equalSoFar, Expression.Equal(key, value));
        }
        return Expression.Lambda<Func<T, bool>>(any, row);
    }

    private object?[] Decode(string cursor, string argument)
    {
        if (!Relay.Cursor.TryDecode(cursor, out var elements) || elements.Length != keys.Count)
            throw new PagingError($"`{argument}` is not a cursor returned by this connection in this order.");
        try
        {
            return [.. elements.Select((e, i) => e.ValueKind == JsonValueKind.Null ? null : e.Deserialize(Nullable.GetUnderlyingType(keys[i].Selector.ReturnType) ?? keys[i].Selector.ReturnType))];
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new PagingError($"`{argument}` is not a cursor returned by this connection in this order.");
        }
    }

    private static Expression GreaterThan(Expression left, Expression right) => left.Type == typeof(string)
        ? Expression.GreaterThan(Expression.Call(Compare, left, right), Expression.Constant(0))
        : Expression.GreaterThan(left, right);

    private static Expression LessThan(Expression left, Expression right) => left.Type == typeof(string)
        ? Expression.LessThan(Expression.Call(Compare, left, right), Expression.Constant(0))
        : Expression.LessThan(left, right);

    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private sealed record Key(LambdaExpression Selector, bool Descending, Func<object, object?> Read)
    {
        public static Key Of(ParameterExpression row, Expression body, bool descending)
        {
            var selector = Expression.Lambda(body, row);
            var boxed = Expression.Parameter(typeof(object), "boxed");
            var read = Expression.Lambda<Func<object, object?>>(
                Expression.Convert(ParameterRebinder.Replace(body, row, Expression.Convert(boxed, row.Type)), typeof(object)), boxed).Compile();
            return new Key(selector, descending, read);
        }
    }
}

using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Filtering;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tenancy;

namespace Gateway.Api.GraphQL.Paging;

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

    /// <summary>Relations a sort key may pass through, e.g. <c>{ person: { unit: { name: ASC } } }</c>.</summary>
    public const int MaxRelationHops = 3;

    /// <summary>
    /// Text, numbers, money, dates and instants compare as SQL compares them; enums sort in the order the schema
    /// lists their values, and booleans false before true.
    /// </summary>
    public static bool IsSortable(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(bool) || type.IsEnum;
    }

    public static SortOrder For<T>(IReadOnlyList<IDictionary<string, object?>>? order, EntityFieldMap map,
        TenantScope scope, GatewayDbContext db) where T : Entity
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keys = new List<Key>();
        if (order is not null)
        {
            if (order.Count > MaxKeys) throw new FilterError($"`order` takes at most {MaxKeys} keys.");
            var resolver = new KeyResolver(db, scope);
            for (var i = 0; i < order.Count; i++)
            {
                var (value, descending, nullable) = resolver.Resolve(row, order[i], map, $"order[{i}]", hops: 0);
                if (nullable)
                    keys.Add(Key.Of(row,
                        Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)),
                            Expression.Constant(1), Expression.Constant(0)),
                        descending: false));
                keys.Add(Key.Of(row, value, descending));
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
            var method = ordered is null
                ? (descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy))
                : (descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy));
            ordered = (IOrderedQueryable<T>)rows.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), method,
                [typeof(T), key.Selector.ReturnType], (ordered ?? rows).Expression, Expression.Quote(key.Selector)));
        }
        return ordered!;
    }

    /// <summary>
    /// The rows through <paramref name="project"/> (whole rows when null), each with its sort-key values read in the
    /// same SQL, so a cursor can be made for keys that are not columns of the row, and with <paramref name="joined"/>
    /// values.
    /// </summary>
    public IQueryable<KeyedRow<T>> WithKeys<T>(IQueryable<T> rows, Expression<Func<T, T>>? project,
        Expression<Func<T, object?[]>>? joined = null)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var values = Expression.NewArrayInit(typeof(object),
            keys.Select(k => Expression.Convert(k.Selector.Inline(row), typeof(object))));
        var keyed = Expression.New(typeof(KeyedRow<T>).GetConstructors()[0],
            project is null ? row : project.Inline(row), values,
            joined is null ? Expression.Constant(null, typeof(object?[])) : joined.Inline(row));
        return rows.Select(Expression.Lambda<Func<T, KeyedRow<T>>>(keyed, row));
    }

    /// <summary>Rows strictly after <paramref name="cursor"/> in this order (before it when
    /// <paramref name="reverse"/>).</summary>
    public Expression<Func<T, bool>> Beyond<T>(string cursor, string argument, bool reverse)
    {
        var values = Decode(cursor, argument);
        var row = Expression.Parameter(typeof(T), "row");
        Expression any = Expression.Constant(false);
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i].Selector.Inline(row);
            var value = values[i] is null
                ? Expression.Constant(null, key.Type)
                : ScalarConditions.Value(values[i]!, key.Type, argument);
            if (values[i] is not null)
            {
                var greater = keys[i].Descending ^ reverse;
                any = Expression.OrElse(any,
                    Expression.AndAlso(equalSoFar, greater ? LessThan(key, value) : GreaterThan(key, value)));
            }
            equalSoFar = Expression.AndAlso(equalSoFar, Expression.Equal(key, value));
        }
        return Expression.Lambda<Func<T, bool>>(any, row);
    }

    private object?[] Decode(string cursor, string argument)
    {
        if (!Cursor.TryDecode(cursor, out var elements) || elements.Length != keys.Count)
            throw new PagingError($"`{argument}` is not a cursor returned by this connection in this order.");
        try
        {
            return [.. elements.Select((e, i) => e.ValueKind == JsonValueKind.Null
                ? null
                : e.Deserialize(
                    Nullable.GetUnderlyingType(keys[i].Selector.ReturnType) ?? keys[i].Selector.ReturnType))];
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

    private static readonly MethodInfo Compare = typeof(string)
        .GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Turns one <c>order</c> item into the value SQL sorts by: a column, or a column of a to-one relation as
    /// a correlated subquery.</summary>
    private sealed class KeyResolver(GatewayDbContext db, TenantScope scope)
    {
        public (Expression Value, bool Descending, bool Nullable) Resolve(Expression row,
            IDictionary<string, object?> item, EntityFieldMap map, string path, int hops)
        {
            var set = item.Where(f => f.Value is not null).ToList();
            if (set.Count != 1) throw new FilterError($"`{path}` must name exactly one field.");
            var (name, value) = (set[0].Key, set[0].Value!);
            var at = $"{path}.{name}";
            if (map.Columns.TryGetValue(name, out var column) && IsSortable(column.Property.PropertyType))
            {
                scope.Demand(column.Permission, at);
                return (Comparable(Expression.Property(row, column.Property)),
                    (SortDirection)value == SortDirection.Desc, column.Nullable);
            }
            if (map.Relations.TryGetValue(name, out var related) && related.Relation.Kind == RelationKind.ToOne)
            {
                if (hops >= MaxRelationHops)
                    throw new FilterError($"`{at}` goes through more than {MaxRelationHops} relations.");
                var relation = related.Relation;
                var targetMap = EntityFieldMap.For(relation.TargetGraphType);
                scope.Demand(related.Permission, at);
                scope.Demand(targetMap.Permission, at);
                var target = Expression.Parameter(relation.TargetEntity, "related");
                var (inner, descending, _) =
                    Resolve(target, (IDictionary<string, object?>)value, targetMap, at, hops + 1);
                // A target outside the caller's scope sorts like a missing one.
                return (relation.ValueOfTarget(row, db, target, inner), descending, true);
            }
            throw new FilterError($"`{at}` cannot be sorted on.");
        }

        /// <summary>Enums as their position in the declaration, booleans as 0 and 1: values SQL orders as the schema
        /// does.</summary>
        private static Expression Comparable(Expression value)
        {
            var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
            if (!type.IsEnum && type != typeof(bool)) return value;
            var positions = type == typeof(bool) ? [false, true] : Enum.GetValues(type).Cast<object>().ToArray();
            var resultType = value.Type == type ? typeof(int) : typeof(int?);
            Expression result = Expression.Constant(positions.Length - 1, resultType);
            for (var i = positions.Length - 2; i >= 0; i--)
                result = Expression.Condition(Expression.Equal(value, Expression.Constant(positions[i], value.Type)),
                    Expression.Constant(i, resultType), result);
            return resultType == typeof(int) ? result
                : Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)),
                    Expression.Constant(null, resultType), result);
        }
    }

    private sealed record Key(LambdaExpression Selector, bool Descending)
    {
        public static Key Of(ParameterExpression row, Expression body, bool descending) =>
            new(Expression.Lambda(body, row), descending);
    }
}

/// <summary>A row with the values of its sort keys, in the order's key order, and of the relations read with it (the
/// joined references).</summary>
public sealed record KeyedRow<T>(T Row, object?[] KeyValues, object?[]? Joined);

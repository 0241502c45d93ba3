using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Filtering;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Paging;
using Gateway.Api.Tenancy;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Gateway.Api.GraphQL.Loading;

/// <summary>
/// What one connection field asks for, checked: the rows its <c>where</c> keeps, the order, the cursors as predicates
/// over the order's keys, the page size and direction, and the columns its selection reads. Root and nested
/// connections page the same way from it.
/// </summary>
public sealed class PageRequest<T> where T : Entity, new()
{
    private PageRequest(IQueryable<T> filtered, SortOrder order, Expression<Func<T, bool>>? after,
        Expression<Func<T, bool>>? before, bool backwards, int size, Projection projection)
    {
        (Filtered, Order, After, Before, Backwards, Size, Projection) =
            (filtered, order, after, before, backwards, size, projection);
    }

    /// <summary>The rows that match <c>where</c>, on every page: what <c>totalCount</c> counts.</summary>
    public IQueryable<T> Filtered { get; }
    public SortOrder Order { get; }
    public Expression<Func<T, bool>>? After { get; }
    public Expression<Func<T, bool>>? Before { get; }
    /// <summary>Whether the page is read from its end (<c>last</c>, or <c>before</c> alone).</summary>
    public bool Backwards { get; }
    public int Size { get; }
    public Projection Projection { get; }

    /// <summary>The matching rows between the cursors.</summary>
    public IQueryable<T> Window
    {
        get
        {
            var window = Filtered;
            if (After is not null) window = window.Where(After);
            if (Before is not null) window = window.Where(Before);
            return window;
        }
    }

    /// <summary>The cursor on the side the page was not read from, whose far side needs its own existence check; null
    /// when none was given.</summary>
    public Expression<Func<T, bool>>? FarCursor => Backwards ? Before : After;

    public static PageRequest<T> From(IResolveFieldContext context, IQueryable<T> rows, Type nodeGraphType)
    {
        var services = context.RequestServices!;
        var db = services.GetRequiredService<GatewayDbContext>();
        var scope = services.GetRequiredService<TenantScope>();
        var options = services.GetRequiredService<IOptions<PagingOptions>>().Value;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var afterCursor = context.GetArgument<string?>("after");
        var beforeCursor = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
            throw new PagingError("Pass either `first` or `last`, not both.");
        CheckSize(first, "first", options.MaxPageSize);
        CheckSize(last, "last", options.MaxPageSize);

        var map = EntityFieldMap.For(nodeGraphType);
        // Input objects arrive as dictionaries already; reading them as such skips a conversion per request.
        if (Argument(context, "where") is IDictionary<string, object?> where)
            rows = rows.Where(new WhereBuilder(db, scope).Build<T>(where, nodeGraphType));
        var order = SortOrder.For<T>(
            (Argument(context, "order") as IEnumerable<object?>)?.Cast<IDictionary<string, object?>>().ToList(),
            map, scope, db);
        var after = afterCursor is null ? null : order.Beyond<T>(afterCursor, "after", reverse: false);
        var before = beforeCursor is null ? null : order.Beyond<T>(beforeCursor, "before", reverse: true);
        var backwards = last is not null || (first is null && beforeCursor is not null && afterCursor is null);
        return new PageRequest<T>(rows, order, after, before, backwards, last ?? first ?? options.DefaultPageSize,
            Projection.OfConnection(context));
    }

    /// <summary>
    /// The connection over <paramref name="fetched"/>: up to <see cref="Size"/> + 1 rows in the order read, the extra
    /// one only telling that more follow. <paramref name="beyondFarCursor"/> tells whether rows lie beyond the cursor
    /// on the other side.
    /// </summary>
    public Connection<T> Connect(List<KeyedRow<T>> fetched, bool beyondFarCursor,
        Func<CancellationToken, Task<int>> count)
    {
        var more = fetched.Count > Size;
        if (more) fetched.RemoveRange(Size, fetched.Count - Size);
        if (Backwards) fetched.Reverse();
        var edges = fetched.Select(e => new Edge<T>(Cursor.Encode(e.KeyValues), e.Row)).ToList();
        var (hasNext, hasPrevious) = Backwards ? (beyondFarCursor, more) : (more, beyondFarCursor);
        return new Connection<T>(edges,
            new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), count);
    }

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var argument) ? argument.Value : null;

    public static Expression<Func<T, bool>> Not(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static void CheckSize(int? size, string argument, int max)
    {
        if (size < 0 || size > max)
            throw new PagingError($"`{argument}` must be between 0 and {max}.");
    }
}

using Gateway.Api.Data;
using Gateway.Api.GraphQL.Conventions;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Api.GraphQL.Relay;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds a Relay connection over the rows <paramref name="rows"/> returns, with keyset paging in SQL:
    /// <c>first/after</c> forwards, <c>last/before</c> backwards, in id order. The field needs the permission
    /// <typeparamref name="TNodeType"/> declares, so <c>totalCount</c> is no more open than the rows it counts.
    /// </summary>
    public static void Connection<T, TNodeType>(this IComplexGraphType type, string name, string description, Func<GatewayDbContext, IQueryable<T>> rows)
        where T : Entity, new() where TNodeType : IComplexGraphType
    {
        var field = new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeType, T>>),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = "Return at most this many rows from the start (or after `after`)." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor of the row to start after." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Return at most this many rows from the end (or before `before`)." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "Cursor of the row to end before." },
                new QueryArgument<WhereInputGraphType<TNodeType>> { Name = "where", Description = "Only rows meeting these conditions; paging and totalCount apply to them." },
                new QueryArgument<ListGraphType<NonNullGraphType<OrderInputGraphType<TNodeType>>>> { Name = "order", Description = "Sort keys in priority order; the id breaks ties. Cursors belong to the order they were issued in." }),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object>(async ctx =>
            {
                var services = ctx.RequestServices!;
                var db = services.GetRequiredService<GatewayDbContext>();
                var scope = services.GetRequiredService<TenantScope>();
                var query = rows(db).AsNoTracking();
                if (ctx.GetArgument<Dictionary<string, object?>?>("where") is { } where)
                    query = query.Where(new WhereBuilder(db, scope).Build<T>(where, typeof(TNodeType)));
                var order = SortOrder.For<T>(ctx.GetArgument<List<Dictionary<string, object?>>?>("order"), EntityFieldMap.For(typeof(TNodeType)), scope, db);
                return await PageAsync(ctx, query, order, Projection.OfConnection(ctx));
            }),
        };
        field.RequirePermission(EntityFieldMap.For(typeof(TNodeType)).Permission
            ?? throw new InvalidOperationException($"`{name}` lists {typeof(TNodeType).Name} rows, but {typeof(TNodeType).Name} declares no permission to read them."));
        type.AddField(field);
    }

    private static async Task<Connection<T>> PageAsync<T>(IResolveFieldContext ctx, IQueryable<T> rows, SortOrder order, Projection projection) where T : Entity, new()
    {
        var options = ctx.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
        var first = ctx.GetArgument<int?>("first");
        var last = ctx.GetArgument<int?>("last");
        var after = ctx.GetArgument<string?>("after");
        var before = ctx.GetArgument<string?>("before");
        if (first is not null && last is not null)
            throw new PagingError("Pass either `first` or `last`, not both.");
        CheckSize(first, "first", options.MaxPageSize);
        CheckSize(last, "last", options.MaxPageSize);

        var afterCursor = after is null ? null : order.Beyond<T>(after, "after", reverse: false);
        var beforeCursor = before is null ? null : order.Beyond<T>(before, "before", reverse: true);
        var window = rows;
        if (afterCursor is not null) window = window.Where(afterCursor);
        if (beforeCursor is not null) window = window.Where(beforeCursor);

        var backwards = last is not null || (first is null && before is not null && after is null);
        var size = last ?? first ?? options.DefaultPageSize;
        var page = await order.WithKeys(order.Apply(window, reverse: backwards).Take(size + 1), projection.Selector<T>()).ToListAsync(ctx.CancellationToken);
        var more = page.Count > size;
        if (more) page.RemoveAt(size);
        if (backwards) page.Reverse();

        // The side the caller paged from is known from the page itself; the far side costs one EXISTS only when a cursor was given.
        var hasNext = backwards ? beforeCursor is not null && await rows.AnyAsync(Not(beforeCursor), ctx.CancellationToken) : more;
        var hasPrevious = backwards ? more : afterCursor is not null && await rows.AnyAsync(Not(afterCursor), ctx.CancellationToken);
        var edges = page.Select(e => new Edge<T>(SortOrder.CursorOf(e.KeyValues), e.Row)).ToList();
        return new Connection<T>(rows, edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }

    private static System.Linq.Expressions.Expression<Func<T, bool>> Not<T>(System.Linq.Expressions.Expression<Func<T, bool>> predicate) =>
        System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(System.Linq.Expressions.Expression.Not(predicate.Body), predicate.Parameters);

    private static void CheckSize(int? size, string argument, int max)
    {
        if (size < 0 || size > max)
            throw new PagingError($"`{argument}` must be between 0 and {max}.");
    }
}

using Gateway.Api.Data;
using Gateway.Api.GraphQL.Filtering;
using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Paging;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Schema;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds a Relay connection over the rows <paramref name="rows"/> returns, with keyset paging in SQL:
    /// <c>first/after</c> forwards, <c>last/before</c> backwards, in the requested order. The field needs the
    /// permission graph type of <typeparamref name="T"/> declares, so <c>totalCount</c> is no more open than the rows
    /// it counts.
    /// </summary>
    public static void Connection<T>(this IComplexGraphType type, string name, string description,
        Func<GatewayDbContext, IQueryable<T>> rows)
        where T : Entity, new()
    {
        var nodeType = EntityGraphTypes.Of(typeof(T));
        var field = ConnectionField<T>(name, description);
        field.Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object>(async ctx =>
        {
            var db = ctx.RequestServices!.GetRequiredService<GatewayDbContext>();
            var request = PageRequest<T>.From(ctx, rows(db).AsNoTracking(), nodeType);
            var joined = JoinedReferences.OfConnection(ctx);
            var page = await request.Order.WithKeys(
                    request.Order.Apply(request.Window, request.Backwards).Take(request.Size + 1),
                    request.Projection.Selector<T>(), joined.IsEmpty ? null : joined.Values<T>(db))
                .ToListAsync(ctx.CancellationToken);
            joined.Prime(ctx.RequestServices!.GetRequiredService<BatchLoader>(), page);
            // The side the caller paged from is known from the page itself; the far side costs one EXISTS only when a
            // cursor was given.
            var beyond = request.FarCursor is { } cursor
                && await request.Filtered.AnyAsync(PageRequest<T>.Not(cursor), ctx.CancellationToken);
            return request.Connect(page, beyond, request.Filtered.CountAsync);
        });
        field.RequirePermission(EntityFieldMap.For(nodeType).Permission ?? throw new InvalidOperationException(
            $"{nodeType.Name} declares no permission to read its rows, so it cannot be listed."));
        type.AddField(field);
    }

    /// <summary>
    /// A connection field over <typeparamref name="T"/> rows with the paging, <c>where</c> and <c>order</c> arguments,
    /// and no resolver yet. Selecting it needs the rows' permission: the permission rule reads a connection's rows.
    /// </summary>
    public static FieldType ConnectionField<T>(string name, string description) where T : Entity, new()
    {
        var nodeType = EntityGraphTypes.Of(typeof(T));
        return new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(NonNullGraphType<>)
                .MakeGenericType(typeof(ConnectionGraphType<,>).MakeGenericType(nodeType, typeof(T))),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType>
                {
                    Name = "first", Description = "Return at most this many rows from the start (or after `after`).",
                },
                new QueryArgument<StringGraphType>
                {
                    Name = "after", Description = "Cursor of the row to start after.",
                },
                new QueryArgument<IntGraphType>
                {
                    Name = "last", Description = "Return at most this many rows from the end (or before `before`).",
                },
                new QueryArgument<StringGraphType>
                {
                    Name = "before", Description = "Cursor of the row to end before.",
                },
                new QueryArgument(typeof(WhereInputGraphType<>).MakeGenericType(nodeType))
                {
                    Name = "where",
                    Description = "Only rows meeting these conditions; paging and totalCount apply to them.",
                },
                new QueryArgument(typeof(ListGraphType<>).MakeGenericType(
                    typeof(NonNullGraphType<>)
                        .MakeGenericType(typeof(OrderInputGraphType<>).MakeGenericType(nodeType))))
                {
                    Name = "order",
                    Description =
                        "Sort keys in priority order; the id breaks ties. "
                        + "Cursors belong to the order they were issued in.",
                }),
        };
    }
}

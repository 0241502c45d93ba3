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
        where T : Entity where TNodeType : IComplexGraphType, new()
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
                new QueryArgument<WhereInputGraphType<TNodeType>> { Name = "where", Description = "Only rows meeting these conditions; paging and totalCount apply to them." }),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object>(async ctx =>
            {
                var services = ctx.RequestServices!;
                var db = services.GetRequiredService<GatewayDbContext>();
                var query = rows(db).AsNoTracking();
                if (ctx.GetArgument<Dictionary<string, object?>?>("where") is { } where)
                    query = query.Where(new WhereBuilder(db, services.GetRequiredService<TenantScope>()).Build<T>(where, typeof(TNodeType)));
                return await PageAsync(ctx, query);
            }),
        };
        field.RequirePermission(new TNodeType().GetRequiredPermission()
            ?? throw new InvalidOperationException($"`{name}` lists {typeof(TNodeType).Name} rows, but {typeof(TNodeType).Name} declares no permission to read them."));
        type.AddField(field);
    }

    private static async Task<Connection<T>> PageAsync<T>(IResolveFieldContext ctx, IQueryable<T> rows) where T : Entity
    {
        var options = ctx.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
        var first = ctx.GetArgument<int?>("first");
        var last = ctx.GetArgument<int?>("last");
        var after = DecodeCursor(ctx.GetArgument<string?>("after"), "after");
        var before = DecodeCursor(ctx.GetArgument<string?>("before"), "before");
        if (first is not null && last is not null)
            throw new PagingError("Pass either `first` or `last`, not both.");
        CheckSize(first, "first", options.MaxPageSize);
        CheckSize(last, "last", options.MaxPageSize);

        var window = rows;
        if (after is { } a) window = window.Where(e => e.Id > a);
        if (before is { } b) window = window.Where(e => e.Id < b);

        var backwards = last is not null || (first is null && before is not null && after is null);
        var size = last ?? first ?? options.DefaultPageSize;
        var ordered = backwards ? window.OrderByDescending(e => e.Id) : window.OrderBy(e => e.Id);
        var page = await ordered.Take(size + 1).ToListAsync(ctx.CancellationToken);
        var more = page.Count > size;
        if (more) page.RemoveAt(size);
        if (backwards) page.Reverse();

        // The side the caller paged from is known from the page itself; the far side costs one EXISTS only when a cursor was given.
        var hasNext = backwards ? before is { } bb && await rows.AnyAsync(e => e.Id >= bb, ctx.CancellationToken) : more;
        var hasPrevious = backwards ? more : after is { } aa && await rows.AnyAsync(e => e.Id <= aa, ctx.CancellationToken);
        var edges = page.Select(e => new Edge<T>(Cursor.Encode(e.Id), e)).ToList();
        return new Connection<T>(rows, edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }

    private static void CheckSize(int? size, string argument, int max)
    {
        if (size < 0 || size > max)
            throw new PagingError($"`{argument}` must be between 0 and {max}.");
    }

    private static long? DecodeCursor(string? cursor, string argument)
    {
        if (cursor is null) return null;
        return Cursor.TryDecode(cursor, out var id) ? id : throw new PagingError($"`{argument}` is not a cursor returned by this connection.");
    }
}

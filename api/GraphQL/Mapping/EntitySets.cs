using System.Collections.Concurrent;
using System.Linq.Expressions;
using Gateway.Api.Data;

namespace Gateway.Api.GraphQL.Mapping;

internal static class EntitySets
{
    private static readonly ConcurrentDictionary<Type, Func<GatewayDbContext, IQueryable>> Sets = new();

    /// <summary>The context's set of <paramref name="entity"/> rows, query filters included, for subqueries built at
    /// run time.</summary>
    public static IQueryable SetOf(this GatewayDbContext db, Type entity) => Sets.GetOrAdd(entity, type =>
    {
        var context = Expression.Parameter(typeof(GatewayDbContext), "db");
        return Expression.Lambda<Func<GatewayDbContext, IQueryable>>(
            Expression.Call(context, nameof(GatewayDbContext.Set), [type]), context).Compile();
    })(db);
}

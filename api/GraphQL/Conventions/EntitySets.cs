using Gateway.Api.Data;

namespace Gateway.Api.GraphQL.Conventions;

internal static class EntitySets
{
    /// <summary>The context's set of <paramref name="entity"/> rows, query filters included, for subqueries built at run time.</summary>
    public static IQueryable SetOf(this GatewayDbContext db, Type entity) =>
        (IQueryable)typeof(GatewayDbContext).GetMethod(nameof(GatewayDbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity).Invoke(db, null)!;
}

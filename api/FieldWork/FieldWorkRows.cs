using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Gateway.Api.FieldWork;

/// <summary>Rows a computed report names, loaded as relations are: one batch per level, through the caller's row
/// filters (a row outside the scope reads as null), reading the columns selected.</summary>
internal static class FieldWorkRows
{
    public static IDataLoaderResult<T?> Load<T>(IResolveFieldContext context, long id) where T : Entity, new() =>
        context.RequestServices!.GetRequiredService<BatchLoader>().ById<T>(id,
            Projection.OfField(context, (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType()));
}

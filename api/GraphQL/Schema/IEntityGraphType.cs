using GraphQL;
using GraphQL.DataLoader;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>A graph type backed by one entity, so <c>node(id:)</c> can load any row by its global id.</summary>
public interface IEntityGraphType
{
    IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, long id);
}

using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>One domain area's root query fields; the root query type is assembled from all of them.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>One domain area's mutations; the root mutation type is assembled from all of them.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>One domain area's root subscription fields; the root subscription type is assembled from all of
/// them.</summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}

using GraphQL.Types;

namespace Gateway.Api.GraphQL;

public sealed class GatewayQuery : ObjectGraphType
{
    public GatewayQuery(IEnumerable<IQueryFields> areas)
    {
        Name = "Query";
        foreach (var area in areas.OrderBy(a => a.GetType().Name, StringComparer.Ordinal)) area.AddTo(this);
    }
}

using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

public sealed class GatewayQuery : ObjectGraphType
{
    public GatewayQuery(IEnumerable<IQueryFields> areas)
    {
        Name = "Query";
        Description = "Entry points for reading: one connection per kind of record, and any object by its global id.";
        foreach (var area in areas.OrderBy(a => a.GetType().Name, StringComparer.Ordinal)) area.AddTo(this);
    }
}

using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

public sealed class GatewayMutation : ObjectGraphType
{
    public GatewayMutation(IEnumerable<IMutationFields> areas)
    {
        Name = "Mutation";
        Description = "Entry points for changing records: each takes one `input` and returns a payload with the result "
            + "and the errors that refused it.";
        foreach (var area in areas.OrderBy(a => a.GetType().Name, StringComparer.Ordinal)) area.AddTo(this);
    }
}

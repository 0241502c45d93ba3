using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique id that `node(id:)` resolves.";
        // The id alone tells nothing: node(id:) finds only rows the caller may read.
        Field<NonNullGraphType<IdGraphType>>("id").Description("Globally unique, opaque id.").AllowAnyCaller();
    }
}

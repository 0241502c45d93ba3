using GraphQL.Types;

namespace Gateway.Api.GraphQL.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique id that `node(id:)` resolves.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Globally unique, opaque id.");
    }
}

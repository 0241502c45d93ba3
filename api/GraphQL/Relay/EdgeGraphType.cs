using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Relay;

public sealed class EdgeGraphType<TNodeType, T> : ObjectGraphType<Edge<T>> where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Name = typeof(TNodeType).GraphQLName() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` or `before` to page from this row.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}

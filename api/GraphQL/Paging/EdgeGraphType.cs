using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Paging;

public sealed class EdgeGraphType<TNodeType, T> : ObjectGraphType<Edge<T>> where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var nodeName = typeof(TNodeType).GraphQLName();
        Name = nodeName + "Edge";
        Description = $"A {nodeName} row with its cursor.";
        // Paging structure: `node` returns the row's type, which carries its permission.
        this.AllowAnyCaller();
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Pass as `after` or `before` to page from this row.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The row.").Resolve(ctx => ctx.Source.Node);
    }
}

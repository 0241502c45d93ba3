using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Relay;

public sealed class ConnectionGraphType<TNodeType, T> : ObjectGraphType<Connection<T>> where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var nodeName = typeof(TNodeType).GraphQLName();
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} rows in a stable order, with cursors to move forwards and backwards.";
        // Paging structure: the field that returns a connection carries its rows' permission, and so do the rows.
        this.AllowAnyCaller();
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Number of rows that match, across all pages.")
            .ResolveAsync(async ctx => await ctx.Source.CountAsync(ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The rows of this page.")
            .Resolve(ctx => ctx.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, T>>>>>("edges")
            .Description("The rows of this page with their cursors.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page sits in the whole list.")
            .Resolve(ctx => ctx.Source.PageInfo);
    }
}

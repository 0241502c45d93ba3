using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Paging;

public sealed class ConnectionGraphType<TNodeType, T> : ObjectGraphType<Connection<T>>, IConnectionGraphType
    where TNodeType : IGraphType
{
    public IGraphType? Rows => GetField("nodes")?.ResolvedType?.GetNamedType();

    public ConnectionGraphType()
    {
        var nodeName = typeof(TNodeType).GraphQLName();
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} rows in a stable order, with cursors to move forwards and backwards.";
        // Paging structure: a field returning a connection needs its rows' permission (see PermissionValidationRule),
        // so totalCount and cursors never tell more than the rows would, and a refusal is reported once, on that field.
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

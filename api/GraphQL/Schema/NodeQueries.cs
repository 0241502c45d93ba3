using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>
/// <c>node(id:)</c> and <c>nodes(ids:)</c>: any row of any type by its global id. Both are open to every caller when
/// the query is validated, since the type is known only from the id; <see cref="NodeAccess"/> then decides.
/// </summary>
public sealed class NodeQueries : IQueryFields
{
    public const int MaxIds = 100;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("The object with this global id, or null with a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowAnyCaller()
            .Resolve(ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                return Load(ctx, id).Then(node => node ?? throw NotFound(id));
            });

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description(
                "The objects with these global ids, in order; null (with a NOT_FOUND error) where none exists. "
                + $"At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .AllowAnyCaller()
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                    throw new ExecutionError($"`ids` takes at most {MaxIds} ids.") { Code = "BAD_USER_INPUT" };
                var loads = ids.Select(id => Load(ctx, id)).ToList();
                return new PendingResult<object?[]>(async cancellationToken =>
                {
                    var nodes = new object?[loads.Count];
                    for (var i = 0; i < loads.Count; i++)
                    {
                        nodes[i] = await loads[i].GetResultAsync(cancellationToken);
                        if (nodes[i] is null)
                            ctx.Errors.Add(new ExecutionError(NotFound(ids[i]).Message)
                            {
                                Code = "NOT_FOUND", Path = ctx.ResponsePath.Append(i),
                            });
                    }
                    return nodes;
                });
            });
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext ctx, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var rowId)
            || ctx.Schema.AllTypes[typeName] is not IEntityGraphType type)
            return None();
        return NodeAccess.MayRead(ctx, (IGraphType)type, id) ? type.LoadNode(ctx, rowId) : None();

        static PendingResult<object?> None() => new(_ => Task.FromResult<object?>(null));
    }

    private static ExecutionError NotFound(string id) => new($"No object has the id '{id}'.") { Code = "NOT_FOUND" };
}

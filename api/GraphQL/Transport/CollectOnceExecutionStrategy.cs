using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// Serial execution that collects an object's fields once per selection set and object type in a request, not once
/// per object. GraphQL.NET collects them for every object of a list, looking each field up by name: a statistics
/// answer of a thousand rows of forty columns spent a tenth of its time there. The fields collected depend only on
/// the selection set, the type and the request's variables (<c>@skip</c>, <c>@include</c>), so one request may reuse
/// them.
/// </summary>
public sealed class CollectOnceExecutionStrategy : SerialExecutionStrategy
{
    private readonly ConditionalWeakTable<ExecutionContext,
        Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField Field, FieldType Definition)[]>> collected = new();

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var byShape = collected.GetValue(context, _ => []);
        var key = (parent.SelectionSet!, (IGraphType)parentType);
        if (!byShape.TryGetValue(key, out var fields))
        {
            fields = [.. CollectFieldsFrom(context, parentType, parent.SelectionSet!, null).Values];
            byShape[key] = fields;
        }
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            subFields[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field,
                fields[i].Definition);
        parent.SubFields = subFields;
    }
}

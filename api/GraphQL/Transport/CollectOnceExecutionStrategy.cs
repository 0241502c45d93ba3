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
/// them. Lists of flat rows are resolved in one pass (<see cref="FlatRowLists"/>).
/// </summary>
public sealed class CollectOnceExecutionStrategy : SerialExecutionStrategy
{
    private readonly ConditionalWeakTable<ExecutionContext, Dictionary<(GraphQLSelectionSet, IGraphType), Shape>>
        collected = new();

    /// <summary>The fields a selection set collects on a type, and their columns when the type is a flat row
    /// (null otherwise).</summary>
    private sealed record Shape((GraphQLField Field, FieldType Definition)[] Fields, FlatColumn[]? Columns);

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var fields = ShapeOf(context, parent.SelectionSet!, parentType).Fields;
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            subFields[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field,
                fields[i].Definition);
        parent.SubFields = subFields;
    }

    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        var itemType = ((ListGraphType)parent.GraphType!).ResolvedType;
        var rowsNonNull = itemType is NonNullGraphType;
        if (itemType is NonNullGraphType nonNull) itemType = nonNull.ResolvedType;
        if (itemType is IObjectGraphType rowType && parent.Field.SelectionSet is { } selection
            && ShapeOf(context, selection, rowType).Columns is { } columns
            && FlatRowLists.TryResolve(context, parent, rowType, rowsNonNull, columns, out var table))
        {
            parent.SerializedResult = table;
            return Task.CompletedTask;
        }
        return base.SetArrayItemNodesAsync(context, parent);
    }

    private Shape ShapeOf(ExecutionContext context, GraphQLSelectionSet selection, IGraphType type)
    {
        var byShape = collected.GetValue(context, _ => []);
        if (!byShape.TryGetValue((selection, type), out var shape))
        {
            (GraphQLField, FieldType)[] fields = [.. CollectFieldsFrom(context, type, selection, null).Values];
            var columns = type is IObjectGraphType rowType ? FlatRowLists.ColumnsOf(rowType, fields) : null;
            shape = new Shape(fields, columns);
            byShape[(selection, type)] = shape;
        }
        return shape;
    }
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Loading;

/// <summary>
/// The columns a query reads from the rows of one entity graph type, found from the fields it selects (through
/// fragments), so SQL selects those columns and the id rather than whole rows. A field whose columns are not known
/// makes the projection take the whole row, which is always correct, only wider.
/// </summary>
public sealed class Projection
{
    private static readonly ConcurrentDictionary<(Type, string), LambdaExpression> Selectors = new();
    private static readonly ConditionalWeakTable<GraphQLField, ConcurrentDictionary<IComplexGraphType, Projection>>
        FieldProjections = new();

    /// <summary>Every column: the projection a resolver that reads arbitrary columns needs.</summary>
    public static readonly Projection WholeRow = new(null);

    private readonly ConcurrentDictionary<string, Projection> including = new(StringComparer.Ordinal);

    private Projection(SortedSet<string>? columns)
    {
        Columns = columns;
        Key = columns is null ? "*" : string.Join(',', columns);
    }

    /// <summary>Entity property names, or null for the whole row.</summary>
    public SortedSet<string>? Columns { get; }

    /// <summary>A stable name of the column set, for keying batches.</summary>
    public string Key { get; }

    /// <summary>The columns read by <paramref name="selections"/> of rows of <paramref name="nodeType"/>.</summary>
    public static Projection Of(IResolveFieldContext context, IEnumerable<GraphQLSelectionSet?> selections,
        IComplexGraphType nodeType) =>
        Of(FieldsOf(context, selections, TypeNames(nodeType)), nodeType);

    private static Projection Of(IEnumerable<GraphQLField> fields, IComplexGraphType nodeType)
    {
        var map = EntityFieldMap.For(nodeType.GetType());
        var columns = new SortedSet<string>(StringComparer.Ordinal) { nameof(Entity.Id) };
        foreach (var field in fields)
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal)) continue;
            if (!map.Reads.TryGetValue(name, out var reads) || reads is null) return WholeRow;
            columns.UnionWith(reads);
        }
        return new Projection(columns);
    }

    /// <summary>
    /// The rows the current field returns, as rows of <paramref name="nodeType"/>: worked out once per field of the
    /// document, not once per parent row.
    /// </summary>
    public static Projection OfField(IResolveFieldContext context, IComplexGraphType nodeType) =>
        OfField(context, context.FieldAst, nodeType);

    /// <summary>The rows <paramref name="field"/> of the document returns, as rows of
    /// <paramref name="nodeType"/>.</summary>
    public static Projection OfField(IResolveFieldContext context, GraphQLField field, IComplexGraphType nodeType) =>
        FieldProjections.GetOrCreateValue(field).GetOrAdd(nodeType, type => Of(context, [field.SelectionSet], type));

    /// <summary>This projection, also reading <paramref name="column"/>.</summary>
    public Projection Including(string column) =>
        Columns is null || Columns.Contains(column) ? this
            : including.GetOrAdd(column, _ =>
                new Projection(new SortedSet<string>(Columns, StringComparer.Ordinal) { column }));

    /// <summary>The rows of a connection field: what its <c>nodes</c> and <c>edges { node }</c> select, worked out once
    /// per field of the document.</summary>
    public static Projection OfConnection(IResolveFieldContext context)
    {
        var connectionType = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        return FieldProjections.GetOrCreateValue(context.FieldAst).GetOrAdd(connectionType, _ =>
        {
            var (nodeType, fields) = NodeFieldsOf(context);
            return Of(fields, nodeType);
        });
    }

    /// <summary>The node type of the current connection field, and the fields its <c>nodes</c> and <c>edges { node
    /// }</c> select.</summary>
    public static (IComplexGraphType NodeType, List<GraphQLField> Fields) NodeFieldsOf(IResolveFieldContext context)
    {
        var connectionType = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var nodeType = (IComplexGraphType)connectionType.GetField("nodes")!.ResolvedType!.GetNamedType();
        var edgeType = (IComplexGraphType)connectionType.GetField("edges")!.ResolvedType!.GetNamedType();
        var connectionFields = FieldsOf(context, [context.FieldAst.SelectionSet], TypeNames(connectionType)).ToList();
        var nodes = connectionFields.Where(f => f.Name.StringValue == "nodes").Select(f => f.SelectionSet);
        var edgeNodes = FieldsOf(context,
            connectionFields.Where(f => f.Name.StringValue == "edges").Select(f => f.SelectionSet), TypeNames(edgeType))
            .Where(f => f.Name.StringValue == "node").Select(f => f.SelectionSet);
        return (nodeType, FieldsOf(context, nodes.Concat(edgeNodes), TypeNames(nodeType)).ToList());
    }

    /// <summary><c>row =&gt; new T { Id = row.Id, … }</c> over these columns, or null when the whole row is
    /// wanted.</summary>
    public Expression<Func<T, T>>? Selector<T>() where T : Entity, new() => Columns is null ? null :
        (Expression<Func<T, T>>)Selectors.GetOrAdd((typeof(T), Key), _ =>
        {
            var row = Expression.Parameter(typeof(T), "row");
            var bindings = Columns.Select(column => typeof(T).GetProperty(column)!)
                .Select(property => Expression.Bind(property, Expression.Property(row, property)));
            return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), row);
        });

    public IQueryable<T> Apply<T>(IQueryable<T> rows) where T : Entity, new() =>
        Selector<T>() is { } selector ? rows.Select(selector) : rows;

    private static HashSet<string> TypeNames(IComplexGraphType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { type.Name };
        if (type is IImplementInterfaces implementer)
            names.UnionWith(implementer.ResolvedInterfaces.Select(i => i.Name));
        return names;
    }

    /// <summary>
    /// The fields selected on a type named in <paramref name="typeNames"/>, with fragment spreads and inline fragments
    /// that apply to it expanded. <c>@skip</c>/<c>@include</c> are not evaluated: a skipped field only widens the
    /// projection.
    /// </summary>
    private static IEnumerable<GraphQLField> FieldsOf(IResolveFieldContext context,
        IEnumerable<GraphQLSelectionSet?> selections, HashSet<string> typeNames)
    {
        foreach (var set in selections)
        {
            if (set is null) continue;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        yield return field;
                        break;
                    case GraphQLInlineFragment inline when inline.TypeCondition is null
                        || typeNames.Contains(inline.TypeCondition.Type.Name.StringValue):
                        foreach (var field in FieldsOf(context, [inline.SelectionSet], typeNames)) yield return field;
                        break;
                    case GraphQLFragmentSpread spread
                        when Fragment(context, spread.FragmentName.Name.StringValue) is { } fragment
                        && typeNames.Contains(fragment.TypeCondition.Type.Name.StringValue):
                        foreach (var field in FieldsOf(context, [fragment.SelectionSet], typeNames)) yield return field;
                        break;
                }
            }
        }
    }

    private static GraphQLFragmentDefinition? Fragment(IResolveFieldContext context, string name) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
}

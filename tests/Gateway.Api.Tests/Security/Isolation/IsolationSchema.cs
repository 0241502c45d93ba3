using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;
using GraphQL.Validation;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>A root field of <c>Query</c> whose type is a connection, with the node type and entity behind it.</summary>
public sealed record RootConnection(FieldType Field, IObjectGraphType Connection, IObjectGraphType Node, Type Entity)
{
    public string Name => Field.Name;
}

/// <summary>
/// A field of a node type that returns another node type, or a connection of them (<see cref="IsConnection"/>),
/// possibly reached through fields of plain object types (<see cref="Through"/>: <c>staffing { police }</c>).
/// </summary>
public sealed record Relation(IObjectGraphType Owner, FieldType Field, IObjectGraphType Target, bool IsConnection,
    IReadOnlyList<FieldType> Through)
{
    /// <summary>The fields from the owner to the target, dotted: <c>staffing.police</c>.</summary>
    public string Name => string.Join(".", [.. Through.Select(f => f.Name), Field.Name]);

    /// <summary>The selection that reaches the target's fields: <c>field { nodes { … } }</c> for a connection,
    /// <c>field { … }</c> otherwise, inside the fields it is reached through.</summary>
    public string Select(string inner)
    {
        var selection = IsConnection
            ? $"{Field.Name}{RequiredArguments(Field)} {{ totalCount nodes {{ {inner} }} }}"
            : $"{Field.Name}{RequiredArguments(Field)} {{ {inner} }}";
        return Through.Reverse().Aggregate(selection,
            (s, field) => $"{field.Name}{RequiredArguments(field)} {{ {s} }}");
    }

    /// <summary>Sample values of the arguments a field cannot go without (a report's period), by their type.</summary>
    private static readonly IReadOnlyDictionary<string, string> SampleArguments = new Dictionary<string, string>
    {
        ["DateOnly"] = "\"2026-10-01\"",
    };

    private static string RequiredArguments(FieldType field)
    {
        var required = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType).ToList() ?? [];
        if (required.Count == 0) return "";
        return "(" + string.Join(", ", required.Select(a => $"{a.Name}: " + (SampleArguments.GetValueOrDefault(
            IsolationSchema.Named(a.ResolvedType!, out _).Name) ?? throw new InvalidOperationException(
            $"{field.Name}({a.Name}) needs a sample value in {nameof(SampleArguments)}.")))) + ")";
    }

    /// <summary>Notes the selection in <paramref name="document"/>; returns the target node type.</summary>
    public IComplexGraphType SelectIn(MatrixDocument document, IComplexGraphType owner)
    {
        foreach (var field in Through) owner = (IComplexGraphType)document.Select(owner, field.Name);
        var selected = (IComplexGraphType)document.Select(owner, Field.Name);
        if (!IsConnection) return selected;
        document.Select(selected, "totalCount");
        return (IComplexGraphType)document.Select(selected, "nodes");
    }

    public override string ToString() => $"{Owner.Name}.{Name}";
}

/// <summary>How a query reaches a node type: a root connection, then relation fields from its nodes.</summary>
public sealed record Route(RootConnection Root, IReadOnlyList<Relation> Hops)
{
    public override string ToString() => string.Join(".", [Root.Name, .. Hops.Select(h => h.Name)]);
}

/// <summary>
/// What the isolation matrix is generated from: the built schema, read the way a client would see it. Nothing here is
/// hand-listed: a new connection, node type or relation shows up in the matrix by itself.
/// </summary>
public sealed class IsolationSchema
{
    private readonly Dictionary<string, IObjectGraphType> nodeTypesByName;
    private readonly Dictionary<IObjectGraphType, Route> routes = [];

    public IsolationSchema(ISchema schema, IReadOnlySet<string> narrowedRoots)
    {
        schema.Initialize();
        Schema = schema;
        Query = schema.Query;
        NodeTypes = [.. schema.AllTypes.OfType<IObjectGraphType>().Where(t => t is IEntityGraphType)
            .OrderBy(t => t.Name, StringComparer.Ordinal)];
        nodeTypesByName = NodeTypes.ToDictionary(t => t.Name);

        var roots = new List<RootConnection>();
        var unclassified = new List<string>();
        foreach (var field in Query.Fields)
        {
            if (Named(field.ResolvedType!, out var isList) is not IObjectGraphType connection || isList
                || !connection.Name.EndsWith("Connection", StringComparison.Ordinal))
                continue;
            if (connection.GetField("nodes") is { } nodes && Named(nodes.ResolvedType!, out _) is IObjectGraphType node
                && node is IEntityGraphType)
                roots.Add(new RootConnection(field, connection, node, EntityOf(node)));
            else
                unclassified.Add(field.Name);
        }
        Roots = roots;
        UnclassifiedConnections = unclassified;

        Relations = [.. NodeTypes.SelectMany(owner => RelationsFrom(owner, owner, []))];

        // Breadth first from the roots, so every node type is reached by its shortest query; unnarrowed roots first.
        var queue = new Queue<IObjectGraphType>();
        foreach (var root in Roots.OrderBy(r => narrowedRoots.Contains(r.Name)))
            if (routes.TryAdd(root.Node, new Route(root, [])))
                queue.Enqueue(root.Node);
        while (queue.TryDequeue(out var type))
            foreach (var relation in Relations.Where(r => r.Owner == type))
                if (routes.TryAdd(relation.Target, new Route(routes[type].Root, [.. routes[type].Hops, relation])))
                    queue.Enqueue(relation.Target);

        EnforcesPermissions = typeof(PermissionMetadata).Assembly.GetTypes().Any(t =>
            t is { IsClass: true, IsAbstract: false } && t.Namespace == typeof(PermissionMetadata).Namespace
                && typeof(IValidationRule).IsAssignableFrom(t));
    }

    public ISchema Schema { get; }
    public IObjectGraphType Query { get; }
    public IReadOnlyList<IObjectGraphType> NodeTypes { get; }
    public IReadOnlyList<RootConnection> Roots { get; }
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>Connection fields whose nodes are not entity types: the matrix cannot check them, so a test fails on
    /// any.</summary>
    public IReadOnlyList<string> UnclassifiedConnections { get; }

    /// <summary>
    /// Whether the API has a permission validation rule (a validation rule in the authorization namespace). Until it
    /// does, every field is readable by every caller and the matrix checks rows only; once it does, fields whose
    /// declared permissions a principal lacks must answer ACCESS_DENIED.
    /// </summary>
    public bool EnforcesPermissions { get; }

    public IEnumerable<Relation> RelationsOf(IObjectGraphType owner) => Relations.Where(r => r.Owner == owner);

    /// <summary>
    /// The relations of <paramref name="owner"/> found on <paramref name="type"/>: its fields returning node types or
    /// connections of them, and, through fields returning plain object types (computed values such as an office's
    /// staffing), the relations those hold.
    /// </summary>
    private static IEnumerable<Relation> RelationsFrom(IObjectGraphType owner, IObjectGraphType type,
        IReadOnlyList<FieldType> through)
    {
        foreach (var field in type.Fields)
        {
            var target = Named(field.ResolvedType!, out _);
            var isConnection = target is IObjectGraphType { Name: var name }
                && name.EndsWith("Connection", StringComparison.Ordinal);
            if (isConnection) target = Named(((IObjectGraphType)target).GetField("nodes")!.ResolvedType!, out _);
            if (target is IObjectGraphType and IEntityGraphType)
                yield return new Relation(owner, field, (IObjectGraphType)target, isConnection, through);
            else if (target is IObjectGraphType plain && !isConnection && through.Count < 3)
                foreach (var nested in RelationsFrom(owner, plain, [.. through, field]))
                    yield return nested;
        }
    }

    public Route? RouteTo(IObjectGraphType type) => routes.GetValueOrDefault(type);

    public IObjectGraphType? NodeType(string name) => nodeTypesByName.GetValueOrDefault(name);

    public FieldType Field(IComplexGraphType parent, string name) =>
        parent.GetField(name) ?? throw new InvalidOperationException($"{parent.Name} has no field `{name}`.");

    /// <summary>
    /// The permissions reading <paramref name="field"/> of <paramref name="parent"/> needs, as the field metadata
    /// declares them: the field's own, the type it is selected on, and the type it returns (for a connection, its rows'
    /// type).
    /// </summary>
    public static IEnumerable<string> PermissionsFor(IComplexGraphType parent, FieldType field) =>
        new[] { field.GetRequiredPermission(), parent.GetRequiredPermission(),
            Named(field.ResolvedType!, out _).GetRequiredPermission(),
            (Named(field.ResolvedType!, out _) as IConnectionGraphType)?.Rows?.GetRequiredPermission() }
            .OfType<string>();

    public static IGraphType Named(IGraphType type, out bool isList)
    {
        isList = false;
        while (type is NonNullGraphType or ListGraphType)
        {
            isList |= type is ListGraphType;
            type = ((IProvideResolvedType)type).ResolvedType!;
        }
        return type;
    }

    /// <summary>The entity class behind a node graph type (<c>EntityGraphType&lt;T&gt;</c>).</summary>
    public static Type EntityOf(IGraphType nodeType)
    {
        for (var type = nodeType.GetType(); type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EntityGraphType<>))
                return type.GetGenericArguments()[0];
        throw new InvalidOperationException($"{nodeType.Name} is not an EntityGraphType<T>.");
    }
}

/// <summary>
/// A GraphQL document the matrix sends, and every (parent type, field) it selects, so the permissions it needs can be
/// read from the schema's metadata instead of being listed by hand.
/// </summary>
public sealed class MatrixDocument
{
    private readonly HashSet<string> required = new(StringComparer.Ordinal);

    /// <summary>Notes that the document selects <paramref name="fieldName"/> on <paramref name="parent"/>; returns the
    /// field's named type.</summary>
    public IGraphType Select(IComplexGraphType parent, string fieldName)
    {
        var field = parent.GetField(fieldName)
            ?? throw new InvalidOperationException($"{parent.Name} has no field `{fieldName}`.");
        required.UnionWith(IsolationSchema.PermissionsFor(parent, field));
        return IsolationSchema.Named(field.ResolvedType!, out _);
    }

    public IReadOnlySet<string> RequiredPermissions => required;
}

using Gateway.Api.GraphQL.Filtering;
using Gateway.Api.GraphQL.Paging;
using Gateway.Api.Security.RateLimiting;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Limits;

/// <summary>
/// Depth and estimated cost of a document, checked before anything runs. A list's size is its <c>first</c>/<c>last</c>,
/// or for a connection's <c>nodes</c>/<c>edges</c> the connection's, else the default page size; plain nested lists
/// count as <see cref="RequestLimitsOptions.AssumedListSize"/>. A <c>where</c> adds the related rows its conditions
/// through to-many relations read (<see cref="RequestLimitsOptions.AssumedFilteredRows"/>). The library's own limit
/// checks are left off so that every refusal carries the same generic message.
/// </summary>
public static class ComplexityLimits
{
    public static void Configure(ComplexityOptions options, RequestLimitsOptions limits, PagingOptions paging)
    {
        options.MaxDepth = null;
        options.MaxComplexity = null;
        options.DefaultComplexityImpactDelegate = context => Impact(context, limits, paging);
        options.ValidateComplexityDelegate = context =>
        {
            // Introspection is bounded by its shape instead (IntrospectionNestingRule): its estimate multiplies
            // assumed list sizes and refuses the standard query of every tool.
            var introspection = IsIntrospectionOnly(context.ValidationContext.Operation);
            var refused = introspection
                ? context.MaxDepth > limits.MaxIntrospectionDepth
                : context.MaxDepth > limits.MaxDepth || context.TotalImpact > limits.MaxComplexity;
            if (refused)
                context.Error = new LimitExceededError(context.ValidationContext.Document.Source,
                    context.ValidationContext.Operation);
            else if (!introspection
                && context.ValidationContext.RequestServices?.GetService<RequestCostEstimate>() is { } estimate)
                estimate.Value = context.TotalImpact;
            return Task.CompletedTask;
        };
    }

    private static FieldComplexityResult Impact(FieldImpactContext context, RequestLimitsOptions limits,
        PagingOptions paging)
    {
        var type = Unwrap(context.FieldDefinition.ResolvedType, out var isList);
        var impact = (type is ScalarGraphType
            ? context.Configuration.DefaultScalarImpact
            : context.Configuration.DefaultObjectImpact)
            + WhereImpact(context, limits.AssumedFilteredRows);
        if (!isList) return new(impact, 1);
        if (PageSize(context.Arguments) is { } size) return new(impact, size);
        if (context.Parent is { } parent && IsConnection(parent.FieldDefinition))
            return new(impact, PageSize(parent.Arguments) ?? paging.DefaultPageSize);
        return new(impact, limits.AssumedListSize);
    }

    /// <summary>
    /// A condition through a to-many relation (<c>some</c>/<c>none</c>/<c>all</c>) is a correlated subquery over the
    /// related rows of every row the <c>where</c> is checked against: <paramref name="rows"/> are assumed on each side,
    /// and a quantifier nested inside another reads its rows for each of the outer one's. Conditions on columns and
    /// through to-one relations are lookups on rows read anyway and add nothing.
    /// </summary>
    private static double WhereImpact(FieldImpactContext context, int rows)
    {
        if (context.Arguments?.TryGetValue("where", out var where) != true) return 0;
        return rows * RelatedRowReads(where.Value, context.FieldDefinition.Arguments?.Find("where")?.ResolvedType,
            rows);
    }

    /// <summary>Related rows read per filtered row by the conditions <paramref name="value"/> of input type
    /// <paramref name="type"/>.</summary>
    private static double RelatedRowReads(object? value, IGraphType? type, int rows) =>
        (value, Unwrap(type, out _)) switch
    {
        (IDictionary<string, object?> conditions, IInputObjectGraphType input) => conditions.Sum(condition =>
        {
            var reads = RelatedRowReads(condition.Value, input.GetField(condition.Key)?.ResolvedType, rows);
            return IsToManyConditions(input) && condition.Value is not null ? rows * (1 + reads) : reads;
        }),
        (IEnumerable<object?> items, _) => items.Sum(item => RelatedRowReads(item, type, rows)),
        _ => 0,
    };

    private static bool IsToManyConditions(IInputObjectGraphType type) =>
        type.GetType() is { IsGenericType: true } generic
            && generic.GetGenericTypeDefinition() == typeof(ListWhereInputGraphType<>);

    private static int? PageSize(IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments)
    {
        if (arguments is null) return null;
        foreach (var name in (string[])["first", "last"])
            if (arguments.TryGetValue(name, out var value) && value.Value is int size) return Math.Max(size, 0);
        return null;
    }

    private static bool IsConnection(FieldType field) =>
        Unwrap(field.ResolvedType, out var isList) is IComplexGraphType type && !isList
            && type.GetField("pageInfo") is not null;

    private static IGraphType? Unwrap(IGraphType? type, out bool isList)
    {
        isList = false;
        while (type is NonNullGraphType or ListGraphType)
        {
            isList |= type is ListGraphType;
            type = ((IProvideResolvedType)type).ResolvedType;
        }
        return type;
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));
}

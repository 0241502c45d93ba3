using Gateway.Api.GraphQL.Relay;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Limits;

/// <summary>
/// Depth and estimated cost of a document, checked before anything runs. A list's size is its <c>first</c>/<c>last</c>,
/// or for a connection's <c>nodes</c>/<c>edges</c> the connection's, else the default page size; plain nested lists
/// count as <see cref="RequestLimitsOptions.AssumedListSize"/>. The library's own limit checks are left off so that
/// every refusal carries the same generic message.
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
            var introspection = IsIntrospectionOnly(context.ValidationContext.Operation);
            var maxDepth = introspection ? limits.MaxIntrospectionDepth : limits.MaxDepth;
            var maxComplexity = introspection ? limits.MaxIntrospectionComplexity : limits.MaxComplexity;
            if (context.MaxDepth > maxDepth || context.TotalImpact > maxComplexity)
                context.Error = new LimitExceededError(context.ValidationContext.Document.Source, context.ValidationContext.Operation);
            else if (!introspection && context.ValidationContext.RequestServices?.GetService<RequestCostEstimate>() is { } estimate)
                estimate.Value = context.TotalImpact;
            return Task.CompletedTask;
        };
    }

    private static FieldComplexityResult Impact(FieldImpactContext context, RequestLimitsOptions limits, PagingOptions paging)
    {
        var type = Unwrap(context.FieldDefinition.ResolvedType, out var isList);
        var impact = type is ScalarGraphType ? context.Configuration.DefaultScalarImpact : context.Configuration.DefaultObjectImpact;
        if (!isList) return new(impact, 1);
        if (PageSize(context.Arguments) is { } size) return new(impact, size);
        if (context.Parent is { } parent && IsConnection(parent.FieldDefinition))
            return new(impact, PageSize(parent.Arguments) ?? paging.DefaultPageSize);
        return new(impact, limits.AssumedListSize);
    }

    private static int? PageSize(IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments)
    {
        if (arguments is null) return null;
        foreach (var name in (string[])["first", "last"])
            if (arguments.TryGetValue(name, out var value) && value.Value is int size) return Math.Max(size, 0);
        return null;
    }

    private static bool IsConnection(FieldType field) =>
        Unwrap(field.ResolvedType, out var isList) is IComplexGraphType type && !isList && type.GetField("pageInfo") is not null;

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

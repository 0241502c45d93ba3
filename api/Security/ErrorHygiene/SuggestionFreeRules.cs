using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Rules;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Api.Security.ErrorHygiene;

/// <summary>
/// GraphQL.NET's core validation rules for callers outside Development: the three that look for "Did you mean …?"
/// among the schema's names (unknown field, argument, type) are replaced by ones reporting the same error, number and
/// code without searching, since suggestions would let a caller recover the schema name by name.
/// </summary>
public static class SuggestionFreeRules
{
    /// <summary>"Did you mean …?" only where the developer is the reader.</summary>
    public static IEnumerable<IValidationRule> CoreRulesFor(IHostEnvironment environment) =>
        environment.IsDevelopment() ? DocumentValidator.CoreRules : CoreRules;

    public static readonly IValidationRule[] CoreRules =
    [
        .. DocumentValidator.CoreRules.Select(rule => rule switch
        {
            FieldsOnCorrectType => new UnknownFieldRule(),
            KnownArgumentNames => new UnknownArgumentRule(),
            KnownTypeNames => new UnknownTypeRule(),
            _ => rule,
        }),
    ];

    private sealed class UnknownFieldRule : ValidationRuleBase
    {
        private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((node, context) =>
        {
            if (context.TypeInfo.GetParentType()?.GetNamedType() is { } type && context.TypeInfo.GetFieldDef() is null)
                context.ReportError(new FieldsOnCorrectTypeError(context, node, type, [], []));
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
    }

    private sealed class UnknownTypeRule : ValidationRuleBase
    {
        private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLNamedType>(leave: (node, ctx) =>
        {
            if (ctx.Schema.AllTypes[node.Name] is null) ctx.ReportError(new KnownTypeNamesError(ctx, node, []));
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
    }

    private sealed class UnknownArgumentRule : ValidationRuleBase
    {
        private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLArgument>((node, context) =>
        {
            var name = node.Name.StringValue;
            var typeInfo = context.TypeInfo;
            switch (typeInfo.GetAncestor(2))
            {
                case GraphQLField when typeInfo.GetFieldDef() is { } field && field.Arguments?.Find(node.Name) is null:
                    context.ReportError(new UnknownArgumentError(context.Document.Source, node,
                        $"Unknown argument '{name}' on field '{field.Name}' of type '{typeInfo.GetParentType()}'."));
                    break;
                case GraphQLDirective when typeInfo.GetDirective() is { } directive
                                           && directive.Arguments?.Find(node.Name) is null:
                    context.ReportError(new UnknownArgumentError(context.Document.Source, node,
                        $"Unknown argument '{name}' on directive '{directive.Name}'."));
                    break;
            }
        });

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
    }

    /// <summary>The library's <see cref="KnownArgumentNamesError"/>, which always adds its suggestion.</summary>
    private sealed class UnknownArgumentError : ValidationError
    {
        public UnknownArgumentError(ROM source, GraphQLArgument node, string message)
            : base(source, "5.4.1", message, node) => Code = "KNOWN_ARGUMENT_NAMES";
    }
}

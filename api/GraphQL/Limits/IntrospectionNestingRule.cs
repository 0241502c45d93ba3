using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Limits;

/// <summary>
/// Refuses introspection that nests the schema's lists (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c>) three deep, directly or through fragments: every level multiplies the answer by the size of
/// the schema, while the tools' standard query nests them once. The bound of graphql-js's MaxIntrospectionDepthRule,
/// which replaces a cost estimate for introspection: answered from memory, it is bounded by its shape, not its cost.
/// </summary>
public sealed class IntrospectionNestingRule : ValidationRuleBase
{
    private const int RefusedNesting = 3;

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if (field.Name.Value.Span is "__schema" or "__type" && new Walk(context.Document).TooDeep(field, 0))
            context.ReportError(new LimitExceededError(context.Document.Source, field));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private sealed class Walk(GraphQLDocument document)
    {
        /// <summary>Each fragment is walked once per nesting it is entered at, however often it is spread.</summary>
        private readonly Dictionary<(GraphQLFragmentDefinition, int), bool> fragments = [];

        public bool TooDeep(ASTNode node, int nesting)
        {
            if (node is GraphQLFragmentSpread spread)
            {
                // An unknown fragment is another rule's error.
                if (document.FindFragmentDefinition(spread.FragmentName.Name.Value) is not { } fragment) return false;
                // So is a cycle: a fragment spread within itself counts as shallow there.
                if (fragments.TryGetValue((fragment, nesting), out var known)) return known;
                fragments[(fragment, nesting)] = false;
                return fragments[(fragment, nesting)] = TooDeep(fragment, nesting);
            }
            if (node is GraphQLField { Name.Value.Span: "fields" or "inputFields" or "interfaces" or "possibleTypes" }
                && ++nesting >= RefusedNesting)
                return true;
            return node is IHasSelectionSetNode { SelectionSet: { } selections }
                && selections.Selections.Any(selection => TooDeep(selection, nesting));
        }
    }
}

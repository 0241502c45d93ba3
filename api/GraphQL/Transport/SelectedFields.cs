using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Transport;

public static class SelectedFields
{
    /// <summary>The fields of a selection set in order, fragment spreads and inline fragments expanded (only for a
    /// document that passed validation: its fragments exist and do not cycle).</summary>
    public static IEnumerable<GraphQLField> Of(GraphQLDocument document, IEnumerable<ASTNode> selections) =>
        selections.SelectMany(selection => selection switch
        {
            GraphQLField field => [field],
            GraphQLInlineFragment inline => Of(document, inline.SelectionSet.Selections),
            GraphQLFragmentSpread spread => Of(document, document.Definitions.OfType<GraphQLFragmentDefinition>()
                .First(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)
                .SelectionSet.Selections),
            _ => [],
        });

    /// <summary>The key of the field in the answer: its alias, else its name.</summary>
    public static string ResponseName(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;
}

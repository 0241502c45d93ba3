using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Gateway.Api.GraphQL.Limits;

/// <summary>Caps characters, tokens, aliases and directives of a document (field duplication, alias and directive
/// overloading).</summary>
public sealed class DocumentSizeRule(IOptions<RequestLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var source = context.Document.Source;
        if (source.Length > limits.MaxCharacters || CountTokens(source, limits.MaxTokens + 1) > limits.MaxTokens)
        {
            Report(context, null);
            return default;
        }

        var aliases = 0;
        var directives = 0;
        var reported = false;
        return new(new NodeVisitors(
            new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
            {
                if (field.Alias is not null && ++aliases > limits.MaxAliases && !reported)
                    reported = Report(ctx, field);
            }),
            new MatchingNodeVisitor<GraphQLDirective>((directive, ctx) =>
            {
                if (++directives > limits.MaxDirectives && !reported) reported = Report(ctx, directive);
            })));
    }

    private static int CountTokens(ROM source, int stopAt)
    {
        var count = 0;
        var token = Lexer.Lex(source, 0);
        while (token.Kind != TokenKind.EOF && count < stopAt)
        {
            count++;
            token = Lexer.Lex(source, token.End);
        }
        return count;
    }

    private static bool Report(ValidationContext context, ASTNode? node)
    {
        context.ReportError(new LimitExceededError(context.Document.Source, node));
        return true;
    }
}

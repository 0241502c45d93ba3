using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Limits;

/// <summary>One generic refusal for every exceeded limit: the thresholds are not an attacker's business.</summary>
public sealed class LimitExceededError : ValidationError
{
    public const string ErrorCode = "QUERY_LIMIT_EXCEEDED";

    public LimitExceededError(ROM source, ASTNode? node)
        : base(source, "LIMIT",
            "Query validation error: the document asks for more than this service allows in one request.",
            node is null ? [] : [node])
    {
        Code = ErrorCode;
    }
}

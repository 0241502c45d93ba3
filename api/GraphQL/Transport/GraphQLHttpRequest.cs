using GraphQL;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// One request as read from GET or POST: a document (<see cref="Query"/>) or a published one's id
/// (<see cref="DocumentId"/>), never both; variables and extensions with their canonical JSON (members in ordinal
/// order, empty when absent), which the result cache keys on.
/// </summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? DocumentId,
    string? OperationName,
    Inputs? Variables,
    string CanonicalVariables,
    Inputs? Extensions,
    string CanonicalExtensions);

using System.Security.Claims;
using GraphQL.Validation.Rules.Custom;
using Gateway.Api.Security;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Clients;
using Gateway.Api.Security.ErrorHygiene;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>How a request reaches the service: the rules that depend on it differ.</summary>
public enum GraphQLTransport { HttpGet, HttpPost, WebSocket }

/// <summary>
/// What every transport holds a request to, besides the rules registered with the schema (document size,
/// introspection nesting, complexity, persisted documents): the core rules without suggestions, the operation types it
/// carries, the caller's permissions on every field, and whether the caller may send a document of its own.
/// </summary>
public sealed class GraphQLRequestRules(IHostEnvironment environment, IOptions<ApiKeyOptions> apiKeys)
{
    public const string ApiKeyCallersRunPublishedDocuments =
        "API keys run the published documents only: send `documentId` (sha256:…, listed in " +
        "schema/persisted-documents.json) instead of `query`.";

    private readonly IValidationRule[] coreRules = [.. SuggestionFreeRules.CoreRulesFor(environment)];

    /// <summary>The rules whose outcome depends on the request, not on the document alone (they keep no
    /// state).</summary>
    private static readonly IValidationRule[] PostRules =
        [OperationTypeRule.OverHttp, PermissionValidationRule.Instance];
    private static readonly IValidationRule[] GetRules =
        [OperationTypeRule.OverHttp, new QueryOverGetRule(), PermissionValidationRule.Instance];
    private static readonly IValidationRule[] WebSocketRules =
        [OperationTypeRule.OverWebSocket, PermissionValidationRule.Instance];

    private static IValidationRule[] RequestRules(GraphQLTransport transport) => transport switch
    {
        GraphQLTransport.HttpGet => GetRules,
        GraphQLTransport.HttpPost => PostRules,
        _ => WebSocketRules,
    };

    /// <summary>Every rule a document not validated before is held to.</summary>
    public IValidationRule[] ValidationRules(GraphQLTransport transport) => [.. coreRules, .. RequestRules(transport)];

    /// <summary>The rules a document validated before still runs: they depend on the operation chosen, the transport,
    /// the caller's permissions and the cost under these variables.</summary>
    public static IValidationRule[] CachedDocumentValidationRules(GraphQLTransport transport,
        IServiceProvider requestServices) =>
        [.. RequestRules(transport), requestServices.GetRequiredService<ComplexityValidationRule>()];

    /// <summary>Why the caller may not send a document of its own — it came with an API key, or is a client set to
    /// published documents only — or null when it may.</summary>
    public string? RunsPublishedDocumentsOnly(ClaimsPrincipal user) =>
        apiKeys.Value.PublishedDocumentsOnly && user.HasClaim(c => c.Type == GatewayClaims.ApiKeyId)
            ? ApiKeyCallersRunPublishedDocuments
            : user.HasClaim(GatewayClaims.PublishedDocumentsOnly, "true") ? PublishedDocumentsOnly.Refusal
            : null;
}

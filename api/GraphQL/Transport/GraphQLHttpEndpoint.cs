using System.Net.Mime;
using System.Text.Json;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Limits;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.ErrorHygiene;
using Gateway.Api.Security.RateLimiting;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// The /graphql endpoint, following the GraphQL-over-HTTP specification: POST with a JSON body, GET for
/// queries only, responses in application/graphql-response+json (or application/json when asked for).
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLHttpOptions> options,
    IOptions<RequestLimitsOptions> limits,
    IHostEnvironment environment)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public async Task HandleAsync(HttpContext http)
    {
        // Answers carry personal data for one caller: no browser or proxy keeps them (OpenIddict does the same for
        // 401/403).
        http.Response.Headers.CacheControl = "no-store";
        http.RequestServices.GetRequiredService<TenantScope>().EnterFrom(http.User);
        var mediaType = NegotiateMediaType(http.Request);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypeNames.Application.Json,
                $"Accept {GraphQLResponseJson} or {MediaTypeNames.Application.Json}.");
            return;
        }

        var (request, error, status) = HttpMethods.IsGet(http.Request.Method) ? ReadGet(http.Request)
            : HttpMethods.IsPost(http.Request.Method) ? await ReadPostAsync(http.Request)
            : (null, "Use GET or POST.", StatusCodes.Status405MethodNotAllowed);
        if (request is null)
        {
            if (status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(http, status, mediaType, error!);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ThrowOnUnhandledException = false,
            // GET must be safe: mutations only over POST. Every field must be readable by the caller, over GET and POST
            // alike.
            ValidationRules = [.. coreRules, .. RequestRules(isGet)],
            // A document validated before skips the rules that depend on it alone, never these: the operation chosen,
            // the HTTP method, the caller's permissions and the cost under these variables.
            CachedDocumentValidationRules =
                [.. RequestRules(isGet), http.RequestServices.GetRequiredService<ComplexityValidationRule>()],
        });

        if (isGet && result.Errors?.Any(e => e is QueryOverGetRule.MutationOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                QueryOverGetRule.Refusal);
            return;
        }

        await http.RequestServices.GetRequiredService<RequestAuditTrail>().FlushAsync(CancellationToken.None);
        ErrorCap.Apply(result, limits.Value.MaxErrors);

        // Under graphql-response+json a request that never executed (parse or validation failure) is a 400.
        http.Response.StatusCode = mediaType == GraphQLResponseJson && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        if (result.Errors?.OfType<RateLimitedError>().FirstOrDefault() is { } limited)
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            RetryAfter.Set(http.Response, limited.RetryAfter);
        }
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private readonly IEnumerable<IValidationRule> coreRules = SuggestionFreeRules.CoreRulesFor(environment);

    /// <summary>The rules whose outcome depends on the request, not on the document alone (they keep no
    /// state).</summary>
    private static readonly IValidationRule[] PostRules = [new OperationTypeRule(), PermissionValidationRule.Instance];
    private static readonly IValidationRule[] GetRules =
        [new OperationTypeRule(), new QueryOverGetRule(), PermissionValidationRule.Instance];

    private static IValidationRule[] RequestRules(bool isGet) => isGet ? GetRules : PostRules;

    private static string? NegotiateMediaType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        // Clients that send no Accept, or accept anything, predate the new media type: answer plain JSON.
        if (accept.Count == 0) return MediaTypeNames.Application.Json;
        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (candidate.Quality == 0) continue;
            if (candidate.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponseJson;
            if (candidate.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
                || candidate.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || candidate.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
                return MediaTypeNames.Application.Json;
        }
        return null;
    }

    private (GraphQLRequest?, string?, int) ReadGet(HttpRequest request)
    {
        var query = request.Query;
        if (query["query"].Count != 1 || string.IsNullOrWhiteSpace(query["query"]))
            return (null, "The `query` parameter is required and must appear once.", StatusCodes.Status400BadRequest);
        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"],
                OperationName = NullIfEmpty(query["operationName"]),
                Variables = NullIfEmpty(query["variables"]) is { } variables
                    ? ReadObject<Inputs>(variables, "variables")
                    : null,
                Extensions = NullIfEmpty(query["extensions"]) is { } extensions
                    ? ReadObject<Inputs>(extensions, "extensions")
                    : null,
            }, null, 0);
        }
        catch (RequestShapeException e)
        {
            return (null, e.Message, StatusCodes.Status400BadRequest);
        }
    }

    private async Task<(GraphQLRequest?, string?, int)> ReadPostAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
            return (null, "Send the request as application/json.", StatusCodes.Status415UnsupportedMediaType);
        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return (null, "Only the utf-8 charset is supported.", StatusCodes.Status415UnsupportedMediaType);

        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
            return (null, "The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
                return (null, "The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            buffer.Write(chunk, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.", StatusCodes.Status400BadRequest);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return (null, "Batched requests are not supported: send one operation per request.",
                    StatusCodes.Status400BadRequest);
            if (root.ValueKind != JsonValueKind.Object)
                return (null, "The request body must be a JSON object.", StatusCodes.Status400BadRequest);
            try
            {
                if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(query.GetString()))
                    return (null, "The request must carry the GraphQL document as a string in `query`.",
                        StatusCodes.Status400BadRequest);
                return (new GraphQLRequest
                {
                    Query = query.GetString(),
                    OperationName = ReadOptionalString(root, "operationName"),
                    Variables = ReadOptionalObject(root, "variables"),
                    Extensions = ReadOptionalObject(root, "extensions"),
                }, null, 0);
            }
            catch (RequestShapeException e)
            {
                return (null, e.Message, StatusCodes.Status400BadRequest);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Well-formed JSON can still carry strings that are not valid Unicode (lone surrogates, bad UTF-8).
                return (null, "The request body contains text that is not valid Unicode.",
                    StatusCodes.Status400BadRequest);
            }
        }
    }

    private static string? ReadOptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new RequestShapeException($"`{name}` must be a string.");

    private Inputs? ReadOptionalObject(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(value.GetRawText())
        : throw new RequestShapeException($"`{name}` must be a JSON object.");

    private T ReadObject<T>(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new RequestShapeException($"`{name}` must be a JSON object.");
            return serializer.Deserialize<T>(json)!;
        }
        catch (JsonException)
        {
            throw new RequestShapeException($"`{name}` is not valid JSON.");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private async Task WriteRequestErrorAsync(HttpContext http, int status, string mediaType, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body,
            new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] },
            http.RequestAborted);
    }

    private sealed class RequestShapeException(string message) : Exception(message);
}

using System.Buffers.Text;
using System.Net.Mime;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Limits;
using Gateway.Api.Security;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Clients;
using Gateway.Api.Security.RateLimiting;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.PersistedDocuments;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Microsoft.IO;
using Microsoft.Net.Http.Headers;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// The /graphql endpoint, following the GraphQL-over-HTTP specification: POST with a JSON body, GET for
/// queries only, responses in application/graphql-response+json (or application/json when asked for). A request
/// carries a document (<c>query</c>) or the id of a published one (<c>documentId</c>); an answer of one list can be
/// had as CSV; answers of shared aggregates are kept per tenant and may be kept by the browser.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    ISchema schema,
    TenantResultCache resultCache,
    GraphQLRequestBudget budget,
    GraphQLRequestRules rules,
    IOptions<GraphQLHttpOptions> options,
    IOptions<RequestLimitsOptions> limits,
    IOptions<ApiKeyOptions> apiKeys)
{
    /// <summary>Everything a shared answer differs by besides its URL: who asks, in which form and
    /// language.</summary>
    private readonly string varyOfSharedAnswers = string.Join(", ", "Authorization", "Accept", "Accept-Language",
        apiKeys.Value.HeaderName);

    public const string GraphQLResponseJson = "application/graphql-response+json";

    public async Task HandleAsync(HttpContext http)
    {
        // Answers carry personal data for one caller: no browser or proxy keeps them (OpenIddict does the same for
        // 401/403). Answers of shared aggregates alone are the exception (WriteAnswerAsync).
        http.Response.Headers.CacheControl = "no-store";
        var scope = http.RequestServices.GetRequiredService<TenantScope>();
        scope.EnterFrom(http.User);
        var format = NegotiateFormat(http.Request);
        if (format is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypeNames.Application.Json,
                $"Accept {GraphQLResponseJson}, {MediaTypeNames.Application.Json} or {CsvAnswer.MediaType}.");
            return;
        }

        var (request, error, status) = HttpMethods.IsGet(http.Request.Method) ? ReadGet(http.Request)
            : HttpMethods.IsPost(http.Request.Method) ? await ReadPostAsync(http.Request)
            : (null, "Use GET or POST.", StatusCodes.Status405MethodNotAllowed);
        if (request is null)
        {
            if (status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(http, status, format.JsonMediaType, error!);
            return;
        }
        if (request.Query is not null && rules.RunsPublishedDocumentsOnly(http.User) is { } ownDocumentsRefused)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status403Forbidden, format.JsonMediaType,
                ownDocumentsRefused, PublishedDocumentsOnly.RefusalCode);
            return;
        }

        var cacheKey = resultCache.KeyFor(scope, request, format.MediaType, http.Request.Headers.AcceptLanguage);
        if (cacheKey is not null && resultCache.Find(cacheKey) is { } kept)
        {
            // A kept answer is given without executing, yet costs the caller what computing it was estimated at.
            if (await budget.ChargeAsync(http.User, kept.Cost, http.RequestServices) is { } refused)
                await WriteResultAsync(http, new ExecutionResult { Executed = false, Errors = [refused] },
                    format.JsonMediaType);
            else await WriteAnswerAsync(http, StatusCodes.Status200OK, kept.ContentType, kept.Body, kept.ExpiresAt);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var transport = isGet ? GraphQLTransport.HttpGet : GraphQLTransport.HttpPost;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ThrowOnUnhandledException = false,
            // GET must be safe: mutations only over POST. Every field must be readable by the caller, over GET and POST
            // alike.
            ValidationRules = rules.ValidationRules(transport),
            // A document validated before skips the rules that depend on it alone, never these: the operation chosen,
            // the HTTP method, the caller's permissions and the cost under these variables.
            CachedDocumentValidationRules =
                GraphQLRequestRules.CachedDocumentValidationRules(transport, http.RequestServices),
            // A query may be answered by the read replica, when one is configured.
            Listeners = { ReplicaReadRouting.Instance },
        });

        if (isGet && result.Errors?.Any(e => e is QueryOverGetRule.MutationOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, format.JsonMediaType,
                QueryOverGetRule.Refusal);
            return;
        }

        await http.RequestServices.GetRequiredService<RequestAuditTrail>().FlushAsync(CancellationToken.None);
        ErrorCap.Apply(result, limits.Value.MaxErrors);

        var complete = result.Executed && result.Errors is not { Count: > 0 };
        if (format.MediaType != CsvAnswer.MediaType || !complete)
        {
            // A partial table would look like data: an answer with errors is JSON, whatever was asked for.
            await WriteResultAsync(http, result, format.JsonMediaType, asTable: format.MediaType == CsvAnswer.MediaType,
                cacheKey);
            return;
        }

        using var json = await SerializeAsync(result, http.RequestAborted);
        using var answer = JsonDocument.Parse(Bytes(json));
        var (csv, refusal) = CsvAnswer.Write(answer.RootElement.GetProperty("data"), result.Document!,
            result.Operation!);
        if (csv is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, format.JsonMediaType, refusal!,
                "NOT_A_TABLE");
            return;
        }
        await WriteCompleteAnswerAsync(http, result, CsvAnswer.MediaType, Encoding.UTF8.GetBytes(csv), cacheKey);
    }

    /// <summary>Writes a GraphQL result as JSON, with the status its errors call for.</summary>
    private async Task WriteResultAsync(HttpContext http, ExecutionResult result, string mediaType,
        bool asTable = false, string? cacheKey = null)
    {
        // Under graphql-response+json a request that never executed (parse or validation failure) is a 400; so is a
        // document id that is malformed or names no published document, under any media type, and any answer with
        // errors to a request for a table.
        var status = !result.Executed && mediaType == GraphQLResponseJson
            || result.Errors?.Any(IsPersistedDocumentError) == true
            || asTable
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
        if (result.Errors?.OfType<RateLimitedError>().FirstOrDefault() is { } limited)
        {
            status = StatusCodes.Status429TooManyRequests;
            RetryAfter.Set(http.Response, limited.RetryAfter);
        }
        using var body = await SerializeAsync(result, http.RequestAborted);
        if (status == StatusCodes.Status200OK && result.Executed && result.Errors is not { Count: > 0 })
            await WriteCompleteAnswerAsync(http, result, mediaType, Bytes(body), cacheKey);
        else await WriteAnswerAsync(http, status, mediaType + "; charset=utf-8", Bytes(body));
    }

    private static bool IsPersistedDocumentError(ExecutionError error) =>
        error is DocumentNotFoundError or DocumentIdInvalidError or DocumentIdMissingError or InvalidRequestError;

    /// <summary>Writes an answer without errors; one of shared aggregates alone is kept for its tenant.</summary>
    private async Task WriteCompleteAnswerAsync(HttpContext http, ExecutionResult result, string mediaType,
        ReadOnlyMemory<byte> body, string? cacheKey)
    {
        var contentType = mediaType + "; charset=utf-8";
        if (!SharedAggregates.AreAllThatIsSelected(schema, result))
        {
            await WriteAnswerAsync(http, StatusCodes.Status200OK, contentType, body);
            return;
        }
        var cost = http.RequestServices.GetRequiredService<RequestCostEstimate>().Value ?? 0;
        var expiresAt = cacheKey is null
            ? resultCache.ExpiryOfAnswerGivenNow()
            : resultCache.Keep(cacheKey, body.ToArray(), contentType, cost).ExpiresAt;
        await WriteAnswerAsync(http, StatusCodes.Status200OK, contentType, body, expiresAt);
    }

    /// <summary>
    /// Writes the answer. Over GET it carries a strong <c>ETag</c> (a hash of these bytes), and a matching
    /// <c>If-None-Match</c> turns a 200 into a 304 without a body. An answer of shared aggregates
    /// (<paramref name="sharedUntil"/> set) may be kept by the caller's browser until the result cache drops it.
    /// </summary>
    private async Task WriteAnswerAsync(HttpContext http, int status, string contentType, ReadOnlyMemory<byte> body,
        DateTimeOffset? sharedUntil = null)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (isGet && sharedUntil is { } until)
        {
            http.Response.Headers.CacheControl = $"private, max-age={resultCache.SecondsLeft(until)}";
            http.Response.Headers.Vary = varyOfSharedAnswers;
        }
        if (isGet)
        {
            var etag = ETagOf(body);
            http.Response.Headers.ETag = etag.ToString();
            if (status == StatusCodes.Status200OK && http.Request.GetTypedHeaders().IfNoneMatch
                    .Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, true)))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>A strong entity tag: the first 128 bits of the body's SHA-256, base64url.</summary>
    private static EntityTagHeaderValue ETagOf(ReadOnlyMemory<byte> body) =>
        new($"\"{Base64Url.EncodeToString(SHA256.HashData(body.Span).AsSpan(0, 16))}\"");

    /// <summary>The result as JSON in a pooled buffer: a statistics answer of a megabyte would otherwise take a few
    /// large-object allocations as it grows, and each request's share of gen 2 collections.</summary>
    private async Task<RecyclableMemoryStream> SerializeAsync(ExecutionResult result,
        CancellationToken cancellationToken)
    {
        var buffer = Buffers.GetStream();
        try
        {
            await serializer.WriteAsync(buffer, result, cancellationToken);
            return buffer;
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }

    /// <summary>The bytes written so far, contiguous (a buffer of the manager's large pool when they span
    /// blocks); valid until the stream is disposed.</summary>
    private static ReadOnlyMemory<byte> Bytes(RecyclableMemoryStream stream) =>
        stream.GetBuffer().AsMemory(0, (int)stream.Length);

    private static readonly RecyclableMemoryStreamManager Buffers = new(new RecyclableMemoryStreamManager.Options
    {
        // What stays pooled between requests is bounded; beyond it buffers go back to the GC.
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 64 * 1024 * 1024,
    });

    /// <summary>The media type of the answer, and the JSON one its errors are written in (the same unless a table
    /// was asked for).</summary>
    private sealed record AnswerFormat(string MediaType, string JsonMediaType);

    private static readonly AnswerFormat PlainJson =
        new(MediaTypeNames.Application.Json, MediaTypeNames.Application.Json);

    private static AnswerFormat? NegotiateFormat(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        // Clients that send no Accept, or accept anything, predate the new media type: answer plain JSON.
        if (accept.Count == 0) return PlainJson;
        AnswerFormat? table = null;
        // OrderByDescending is stable: among equal weights the caller's own order stands.
        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (candidate.Quality == 0) continue;
            var json = JsonMediaTypeOf(candidate.MediaType.Value);
            if (table is not null) return json is null ? table : table with { JsonMediaType = json };
            if (json is not null) return new AnswerFormat(json, json);
            if (IsOneOf(candidate.MediaType.Value, CsvAnswer.MediaType, "text/*"))
                table = new AnswerFormat(CsvAnswer.MediaType, MediaTypeNames.Application.Json);
        }
        return table;
    }

    private static string? JsonMediaTypeOf(string? mediaType) =>
        IsOneOf(mediaType, GraphQLResponseJson) ? GraphQLResponseJson
        : IsOneOf(mediaType, MediaTypeNames.Application.Json, "application/*", "*/*") ? MediaTypeNames.Application.Json
        : null;

    private static bool IsOneOf(string? mediaType, params string[] candidates) =>
        candidates.Any(c => c.Equals(mediaType, StringComparison.OrdinalIgnoreCase));

    private (GraphQLHttpRequest?, string?, int) ReadGet(HttpRequest request)
    {
        var parameters = request.Query;
        foreach (var name in new[] { "query", "documentId" })
            if (parameters[name].Count > 1)
                return (null, $"The `{name}` parameter must appear at most once.", StatusCodes.Status400BadRequest);
        try
        {
            return (Compose(NullIfEmpty(parameters["query"]), NullIfEmpty(parameters["documentId"]),
                NullIfEmpty(parameters["operationName"]),
                ReadObject(NullIfEmpty(parameters["variables"]), "variables"),
                ReadObject(NullIfEmpty(parameters["extensions"]), "extensions")), null, 0);
        }
        catch (RequestShapeException e)
        {
            return (null, e.Message, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>A request runs either a document it carries or a published one it names by id.</summary>
    private static GraphQLHttpRequest Compose(string? query, string? documentId, string? operationName,
        (Inputs?, string) variables, (Inputs?, string) extensions)
    {
        if (query is not null && documentId is not null)
            throw new RequestShapeException("Send either the GraphQL document in `query` or the id of a published " +
                "document in `documentId`, not both.");
        if (string.IsNullOrWhiteSpace(query) && string.IsNullOrWhiteSpace(documentId))
            throw new RequestShapeException("The request must carry the GraphQL document as a string in `query`, " +
                "or the id of a published document (sha256:…) in `documentId`.");
        return new GraphQLHttpRequest(query, documentId, operationName, variables.Item1, variables.Item2,
            extensions.Item1, extensions.Item2);
    }

    private async Task<(GraphQLHttpRequest?, string?, int)> ReadPostAsync(HttpRequest request)
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
                return (Compose(ReadOptionalString(root, "query"), ReadOptionalString(root, "documentId"),
                    ReadOptionalString(root, "operationName"), ReadOptionalObject(root, "variables"),
                    ReadOptionalObject(root, "extensions")), null, 0);
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

    private (Inputs?, string) ReadOptionalObject(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? (null, "")
        : value.ValueKind == JsonValueKind.Object ? Read(value, name)
        : throw new RequestShapeException($"`{name}` must be a JSON object.");

    /// <summary>A JSON object given as a query string parameter, and its canonical text.</summary>
    private (Inputs?, string) ReadObject(string? json, string name)
    {
        if (json is null) return (null, "");
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new RequestShapeException($"`{name}` must be a JSON object.");
            return Read(document.RootElement, name);
        }
        catch (JsonException)
        {
            throw new RequestShapeException($"`{name}` is not valid JSON.");
        }
    }

    private (Inputs?, string) Read(JsonElement value, string name)
    {
        var text = value.GetRawText();
        try
        {
            return (serializer.Deserialize<Inputs>(text), TenantResultCache.Canonical(value));
        }
        catch (ArgumentException)
        {
            throw new RequestShapeException($"`{name}` names a member twice.");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private Task WriteRequestErrorAsync(HttpContext http, int status, string mediaType, string message,
        string code = "BAD_REQUEST") =>
        WriteAnswerAsync(http, status, mediaType + "; charset=utf-8", Encoding.UTF8.GetBytes(serializer.Serialize(
            new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = code }] })));

    private sealed class RequestShapeException(string message) : Exception(message);
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>Talks to <c>/graphql</c> the way a client does, and hands back status, media type and parsed
/// body.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public const string Path = "/graphql";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string ApplicationJson = "application/json";

    public HttpClient Http => http;

    /// <summary>POSTs <c>{"query", "variables"}</c> as application/json.</summary>
    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? accept = GraphQLResponseJson,
        string? operationName = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (operationName is not null) body["operationName"] = operationName;
        if (variables is not null) body["variables"] = JsonSerializer.SerializeToNode(variables);
        return PostRawAsync(body.ToJsonString(), ApplicationJson, accept);
    }

    /// <summary>POSTs <paramref name="body"/> as-is with the given content type.</summary>
    public Task<GraphQLResponse> PostRawAsync(string body, string? contentType = ApplicationJson,
        string? accept = GraphQLResponseJson) =>
        PostContentAsync(new StringContent(body, Encoding.UTF8), contentType, accept);

    public Task<GraphQLResponse> PostContentAsync(HttpContent content, string? contentType = ApplicationJson,
        string? accept = GraphQLResponseJson)
    {
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, Path) { Content = content }, accept);
    }

    /// <summary>GETs <c>/graphql?query=…&amp;variables=…</c>.</summary>
    public Task<GraphQLResponse> GetAsync(string query, object? variables = null, string? accept = GraphQLResponseJson,
        string? operationName = null)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (operationName is not null) parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        if (variables is not null) parameters.Add(
            "variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        return GetRawAsync("?" + string.Join('&', parameters), accept);
    }

    /// <summary>GETs <c>/graphql</c> followed by <paramref name="queryString"/> exactly as given.</summary>
    public Task<GraphQLResponse> GetRawAsync(string queryString, string? accept = GraphQLResponseJson) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, Path + queryString), accept);

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string? accept = GraphQLResponseJson)
    {
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (Exception e) when (e is not HttpRequestException)
        {
            // The in-memory test server rethrows what the app did not handle; over a socket that is a 500.
            return new GraphQLResponse(HttpStatusCode.InternalServerError, null, [],
                $"Unhandled exception in the app: {e}", null);
        }
        using var _ = response;
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try
        {
            if (text.Length > 0) json = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Left null: tests that expect JSON fail on it with the raw body in the message.
        }
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType,
            response.Content.Headers.Allow.ToList(), text, json);
    }

    /// <summary>POSTs a query that must succeed completely (200, no errors) and returns its <c>data</c>.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        response.AssertSuccess();
        return response.Data!;
    }

    /// <summary>
    /// Reads every row of a root connection, <paramref name="pageSize"/> at a time, selecting
    /// <paramref name="nodeSelection"/> on each node.
    /// </summary>
    public async Task<List<JsonNode>> ReadAllAsync(string connectionField, string nodeSelection, int pageSize = 100)
    {
        var query = $"query($first: Int!, $after: String) {{ {connectionField}(first: $first, after: $after) " +
            $"{{ nodes {{ {nodeSelection} }} pageInfo {{ hasNextPage endCursor }} }} }}";
        var pages = await Pages.ForwardAsync(connectionField,
            async after => (await QueryAsync(query, new { first = pageSize, after }))[connectionField]);
        return [.. pages.SelectMany(Pages.RowsOf)];
    }
}

public sealed record GraphQLResponse(
    HttpStatusCode Status,
    MediaTypeHeaderValue? ContentType,
    IReadOnlyList<string> Allow,
    string Body,
    JsonNode? Json)
{
    public string? MediaType => ContentType?.MediaType;
    public JsonNode? Data => Json?["data"];
    public JsonArray Errors => Json?["errors"]?.AsArray() ?? [];
    public IReadOnlyList<string?> ErrorMessages => [.. Errors.Select(e => e?["message"]?.GetValue<string>())];
    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())];

    public void AssertSuccess()
    {
        Assert.True(Status == HttpStatusCode.OK && Json?["errors"] is null && Data is not null,
            $"Expected 200 with data and no errors, got {(int)Status} {ContentType}: {Body}");
    }

    /// <summary>
    /// The body is a GraphQL response carrying at least one error with a non-empty message (the spec's shape
    /// <c>{"errors":[{"message":…}]}</c>).
    /// </summary>
    public void AssertSpecShapedErrors()
    {
        Assert.True(Json is JsonObject, $"Expected a JSON object body, got: {Body}");
        Assert.True(Errors.Count > 0, $"Expected a non-empty `errors` list, got: {Body}");
        Assert.All(Errors, e => Assert.False(string.IsNullOrWhiteSpace(e?["message"]?.GetValue<string>()),
            $"Every error needs a message: {Body}"));
    }

    public override string ToString() => $"{(int)Status} {ContentType}: {Body}";
}

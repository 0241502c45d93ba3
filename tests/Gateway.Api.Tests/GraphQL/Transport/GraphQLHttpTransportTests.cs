using System.Net;
using System.Text;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// The /graphql endpoint against the GraphQL-over-HTTP specification, through the real HTTP pipeline.
/// </summary>
[Collection(TransportCollection.Name)]
public sealed class GraphQLHttpTransportTests(GatewayApiFactory factory)
{
    private const string GoodQuery = "{ __typename offices(first: 1) { nodes { code } } }";
    private const int MaxRequestBytes = 64 * 1024;

    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    // ---- well-formed requests ----

    [Fact]
    public async Task Post_with_a_json_body_executes_the_query()
    {
        var response = await client.PostAsync(
            "query Typename($first: Int) { __typename offices(first: $first) { nodes { code } } }",
            new { first = 1 }, operationName: "Typename");

        response.AssertSuccess();
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.MediaType);
        Assert.Equal("utf-8", response.ContentType?.CharSet, ignoreCase: true);
        Assert.Equal("Query", response.Data!["__typename"]!.GetValue<string>());
        Assert.Single(response.Data!["offices"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Get_executes_a_query_with_variables_and_operation_name()
    {
        var response = await client.GetAsync(
            "query Other { unused: __typename } " +
            "query Offices($first: Int) { __typename offices(first: $first) { nodes { code } } }",
            new { first = 1 }, operationName: "Offices");

        response.AssertSuccess();
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.MediaType);
        Assert.Equal("Query", response.Data!["__typename"]!.GetValue<string>());
        Assert.Null(response.Data!["unused"]);
    }

    [Theory]
    [InlineData("mutation { __typename }")]
    [InlineData("query Q { __typename } mutation M { __typename }")]
    public async Task Get_refuses_anything_but_a_query_with_405_and_allow_post(string document)
    {
        var operationName = document.Contains("mutation M") ? "M" : null;
        var response = await client.GetAsync(document, operationName: operationName);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["POST"], response.Allow);
        response.AssertSpecShapedErrors();
        Assert.False(response.Json!.AsObject().ContainsKey("data"), response.Body);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Get_may_carry_a_mutation_it_does_not_select()
    {
        // Only the selected operation has to be a query.
        var response = await client.GetAsync("query Q { __typename } mutation M { __typename }", operationName: "Q");

        response.AssertSuccess();
        Assert.Equal("Query", response.Data!["__typename"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task A_subscription_over_http_is_a_request_error_that_points_to_the_websocket(string method)
    {
        // Over HTTP a subscription cannot execute: under application/graphql-response+json a request error, a 4xx
        // status and no `data` entry, whichever method carries it (POST would refuse it too, so no 405 for GET).
        const string document = "subscription { events { type } }";
        var response = method == "GET" ? await client.GetAsync(document) : await client.PostAsync(document);

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        response.AssertSpecShapedErrors();
        Assert.Contains("WebSocket", response.Body);
        Assert.False(response.Json!.AsObject().ContainsKey("data"),
            $"A request error carries no `data` entry: {response.Body}");
        await AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_with_allow_get_and_post(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), GraphQLClient.Path)
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["GET", "POST"], response.Allow.Order(StringComparer.Ordinal));
        response.AssertSpecShapedErrors();
        await AssertStillAnswersAsync();
    }

    // ---- content negotiation ----

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_bodies_that_are_not_utf8_json_get_415(string contentType)
    {
        var response = await client.PostRawAsync("""{"query":"{ __typename }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        response.AssertSpecShapedErrors();
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Post_without_a_content_type_gets_415()
    {
        var response = await client.PostRawAsync("""{"query":"{ __typename }"}""", contentType: null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        response.AssertSpecShapedErrors();
    }

    [Theory]
    [InlineData(GraphQLClient.GraphQLResponseJson, GraphQLClient.GraphQLResponseJson)]
    [InlineData(GraphQLClient.ApplicationJson, GraphQLClient.ApplicationJson)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLClient.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", GraphQLClient.ApplicationJson)]
    [InlineData("text/html, application/graphql-response+json;q=0.9", GraphQLClient.GraphQLResponseJson)]
    [InlineData("*/*", GraphQLClient.ApplicationJson)]
    [InlineData(null, GraphQLClient.ApplicationJson)]
    public async Task The_response_media_type_follows_the_accept_header(string? accept, string expected)
    {
        var response = await client.PostAsync("{ __typename }", accept: accept);

        response.AssertSuccess();
        Assert.Equal(expected, response.MediaType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain;q=0.5")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Accepting_no_json_media_type_gets_406(string accept)
    {
        var post = await client.PostAsync("{ __typename }", accept: accept);
        var get = await client.GetAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, post.Status);
        Assert.Equal(HttpStatusCode.NotAcceptable, get.Status);
        post.AssertSpecShapedErrors();
        await AssertStillAnswersAsync();
    }

    // ---- validation errors: status depends on the negotiated media type ----

    [Fact]
    public async Task A_validation_error_is_400_under_graphql_response_json()
    {
        var response = await client.PostAsync("{ nope }", accept: GraphQLClient.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLClient.GraphQLResponseJson, response.MediaType);
        response.AssertSpecShapedErrors();
        Assert.Contains("Cannot query field 'nope' on type 'Query'", response.ErrorMessages.Single());
        Assert.False(response.Json!.AsObject().ContainsKey("data"),
            $"A document that never executed has no `data`: {response.Body}");
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_validation_error_is_200_under_application_json()
    {
        var response = await client.PostAsync("{ nope }", accept: GraphQLClient.ApplicationJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLClient.ApplicationJson, response.MediaType);
        response.AssertSpecShapedErrors();
        Assert.Contains("Cannot query field 'nope' on type 'Query'", response.ErrorMessages.Single());
        Assert.False(response.Json!.AsObject().ContainsKey("data"), response.Body);
    }

    [Theory]
    [InlineData("{ offices { ")]
    [InlineData("query { offices(first: ) { totalCount } }")]
    [InlineData("}")]
    public async Task A_document_that_does_not_parse_is_400_under_graphql_response_json(string document)
    {
        var response = await client.PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        response.AssertSpecShapedErrors();
        Assert.False(response.Json!.AsObject().ContainsKey("data"), response.Body);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_400_under_graphql_response_json()
    {
        const string query = "query($n: Int) { offices(first: $n) { totalCount } }";

        var response = await client.PostAsync(query, new { n = "abc" }, accept: GraphQLClient.GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        response.AssertSpecShapedErrors();
        Assert.Contains("$n", response.ErrorMessages.Single());
        Assert.False(response.Json!.AsObject().ContainsKey("data"), response.Body);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_200_with_errors_under_application_json()
    {
        const string query = "query($n: Int) { offices(first: $n) { totalCount } }";

        var response = await client.PostAsync(query, new { n = "abc" }, accept: GraphQLClient.ApplicationJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        response.AssertSpecShapedErrors();
        Assert.Contains("$n", response.ErrorMessages.Single());
    }

    [Fact]
    public async Task A_missing_required_variable_is_a_validation_error()
    {
        var response = await client.PostAsync("query($n: Int!) { offices(first: $n) { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        response.AssertSpecShapedErrors();
        Assert.Contains("$n", response.ErrorMessages.Single());
    }

    // ---- malformed requests ----

    [Theory]
    [InlineData("{\"query\": \"{ __typename }\"", "not valid JSON")]
    [InlineData("query { __typename }", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("\"{ __typename }\"", "JSON object")]
    [InlineData("42", "JSON object")]
    [InlineData("{}", "`query`")]
    [InlineData("{\"variables\": {}}", "`query`")]
    [InlineData("{\"query\": null}", "`query`")]
    [InlineData("{\"query\": \"\"}", "`query`")]
    [InlineData("{\"query\": \"   \"}", "`query`")]
    [InlineData("{\"query\": 1}", "`query`")]
    [InlineData("{\"query\": {\"text\": \"{ __typename }\"}}", "`query`")]
    [InlineData("{\"query\": [\"{ __typename }\"]}", "`query`")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", "`variables`")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "`variables`")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": 1}", "`variables`")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": 1}", "`operationName`")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": \"x\"}", "`extensions`")]
    [InlineData("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]", "Batched")]
    [InlineData("[]", "Batched")]
    public async Task A_malformed_post_body_is_400_with_a_spec_shaped_error(string body, string messageMentions)
    {
        foreach (var accept in new[] { GraphQLClient.GraphQLResponseJson, GraphQLClient.ApplicationJson })
        {
            var response = await client.PostRawAsync(body, accept: accept);

            Assert.True(response.Status == HttpStatusCode.BadRequest, $"Accept {accept}: {response}");
            Assert.Equal(accept, response.MediaType);
            response.AssertSpecShapedErrors();
            Assert.Contains(messageMentions, response.ErrorMessages.Single());
            Assert.False(response.Json!.AsObject().ContainsKey("data"), response.Body);
        }
        await AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("""{"query": "\ud800"}""")]
    [InlineData("""{"query": "{ node(id: \"\udc00\") { id } }"}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": "\ud800"}""")]
    [InlineData("""{"query": "{ __typename }", "variables": {"a": "\ud800"}}""")]
    [InlineData("""{"query": "{ __typename }", "extensions": {"a": "\ud800"}}""")]
    public async Task A_json_string_that_is_not_valid_unicode_is_400_not_500(string body)
    {
        // A lone surrogate escape is well-formed JSON syntax but cannot become a .NET string.
        var response = await client.PostRawAsync(body);

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        response.AssertSpecShapedErrors();
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_body_that_is_not_valid_utf8_is_400_not_500()
    {
        byte[] body =
            [.. Encoding.UTF8.GetBytes("""{"query": "{ __typename }"""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}")];

        var response = await client.PostContentAsync(new ByteArrayContent(body));

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        response.AssertSpecShapedErrors();
        await AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("", "`query`")]
    [InlineData("?variables=%7B%7D", "`query`")]
    [InlineData("?query=", "`query`")]
    [InlineData("?query=%7B__typename%7D&query=%7B__typename%7D", "`query`")]
    [InlineData("?query=%7B__typename%7D&variables=%7Bnope", "`variables`")]
    [InlineData("?query=%7B__typename%7D&variables=%5B1%5D", "`variables`")]
    [InlineData("?query=%7B__typename%7D&extensions=1", "`extensions`")]
    public async Task A_malformed_get_is_400_with_a_spec_shaped_error(string queryString, string messageMentions)
    {
        var response = await client.GetRawAsync(queryString);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        response.AssertSpecShapedErrors();
        Assert.Contains(messageMentions, response.ErrorMessages.Single());
        await AssertStillAnswersAsync();
    }

    // ---- size limit ----

    [Fact]
    public async Task A_body_just_under_the_limit_is_accepted()
    {
        var response = await client.PostRawAsync(PaddedBody(MaxRequestBytes - 100));

        response.AssertSuccess();
    }

    [Fact]
    public async Task A_body_over_64_KiB_with_a_content_length_gets_413()
    {
        var body = PaddedBody(MaxRequestBytes + 1);

        var response = await client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        response.AssertSpecShapedErrors();
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_chunked_body_over_64_KiB_without_a_content_length_gets_413()
    {
        var bytes = Encoding.UTF8.GetBytes(PaddedBody(MaxRequestBytes * 2));

        var response = await client.PostContentAsync(new UnknownLengthContent(bytes));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        response.AssertSpecShapedErrors();
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_chunked_body_under_the_limit_is_accepted()
    {
        var bytes = Encoding.UTF8.GetBytes(PaddedBody(4096));

        var response = await client.PostContentAsync(new UnknownLengthContent(bytes));

        response.AssertSuccess();
    }

    /// <summary>
    /// A valid request of exactly <paramref name="bytes"/> UTF-8 bytes: a small query, the JSON padded with
    /// insignificant whitespace.
    /// </summary>
    private static string PaddedBody(int bytes)
    {
        var empty = """{"query":"{ __typename }"}""";
        var body = "{\"query\":\"{ __typename }\"" + new string(' ', bytes - empty.Length) + "}";
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(body));
        return body;
    }

    private async Task AssertStillAnswersAsync()
    {
        var response = await client.PostAsync(GoodQuery);
        response.AssertSuccess();
        Assert.Equal("Query", response.Data!["__typename"]!.GetValue<string>());
    }

    /// <summary>Content whose length is not known up front, so it goes out chunked without Content-Length.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}

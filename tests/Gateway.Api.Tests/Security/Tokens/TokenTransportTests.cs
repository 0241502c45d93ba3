using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>
/// An access token travels only in the Authorization header: a token in a URL ends up in logs, histories and
/// Referer headers, one in a form body can be planted by any page that posts a form. No /graphql answer is stored.
/// </summary>
public sealed class TokenTransportTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Query = "{ __typename }";

    [Fact]
    public async Task The_token_in_the_Authorization_header_is_accepted()
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get,
            GraphQLClient.Path + "?query=" + Uri.EscapeDataString(Query));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_in_the_query_string_is_401()
    {
        using var http = factory.CreateClient();
        var url = $"{GraphQLClient.Path}?query={Uri.EscapeDataString(Query)}" +
            $"&access_token={Uri.EscapeDataString(await TokenAsync())}";

        using var response = await http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_in_a_form_body_is_401()
    {
        using var http = factory.CreateClient();
        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string> { ["access_token"] = await TokenAsync(), ["query"] = Query });

        using var response = await http.PostAsync(GraphQLClient.Path, form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> Answers => new()
    {
        { "ok", HttpStatusCode.OK },
        { "bad json", HttpStatusCode.BadRequest },
        { "no token", HttpStatusCode.Unauthorized },
        { "no scope", HttpStatusCode.Forbidden },
        { "put", HttpStatusCode.MethodNotAllowed },
        { "html only", HttpStatusCode.NotAcceptable },
        { "too large", HttpStatusCode.RequestEntityTooLarge },
        { "form", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_graphql_answer_is_no_store(string kind, HttpStatusCode expected)
    {
        using var http = factory.CreateClient();
        using var request = kind switch
        {
            "put" => new HttpRequestMessage(HttpMethod.Put, GraphQLClient.Path)
                { Content = JsonContent.Create(new { query = Query }) },
            "bad json" => Post(new StringContent("{", Encoding.UTF8, "application/json")),
            "too large" => Post(new StringContent(new string(' ', 70_000) + "{}", Encoding.UTF8, "application/json")),
            "form" => Post(new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = Query })),
            _ => Post(JsonContent.Create(new { query = Query })),
        };
        if (kind != "no token")
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", kind == "no scope"
                ? await TokenWithoutScopeAsync() : await TokenAsync());
        request.Headers.Accept.ParseAdd(kind == "html only" ? "text/html" : GraphQLClient.GraphQLResponseJson);

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore == true,
            $"{kind}: Cache-Control is `{response.Headers.CacheControl}`.");
    }

    private async Task<string> TokenWithoutScopeAsync()
    {
        var keys = new ServerKeys(factory);
        var payload = keys.Payload(await TokenAsync());
        payload.Remove("scope");
        return keys.Seal(payload);
    }

    private static HttpRequestMessage Post(HttpContent content) =>
        new(HttpMethod.Post, GraphQLClient.Path) { Content = content };

    private async Task<string> TokenAsync()
    {
        var issued = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(),
            GatewayApiFactory.DefaultClientId,
            GatewayApiFactory.DefaultClientId + "-secret");
        issued.AssertIssued();
        return issued.AccessToken!;
    }
}

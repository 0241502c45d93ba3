using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Check 29: the validated token is the only source of a caller's scope. A tenant named in a header, the query string,
/// the request's extensions or a cookie changes nothing.
/// </summary>
[Collection(IsolationScenariosCollection.Name)]
public sealed class TenantSpoofingTests(IsolationWorld world)
{
    private const string Query = "{ orgUnits { totalCount nodes { id } } personnel { totalCount } grids { totalCount " +
        "nodes { id } } }";

    /// <summary>Ways a client might try to name another tenant: the bureau at the top, by id, code and path.</summary>
    private static readonly (string Name, string Value)[] Headers =
    [
        ("X-Tenant", "1"), ("X-Tenant-Id", "bureau"), ("X-Unit", "1"), ("X-Org-Unit", "/1/"), ("X-Gateway-Unit", "1"),
        ("X-Gateway-Unit-Path", "/1/"), ("gateway_unit", "1"), ("gateway_unit_path", "/"), ("X-Forwarded-Tenant", "1"),
    ];

    private const string QueryString = "?tenant=1&tenantId=1&unit=1&unitPath=%2F1%2F" +
        "&gateway_unit=1&gateway_unit_path=%2F1%2F";

    [Fact]
    public async Task A_tenant_named_anywhere_but_in_the_token_changes_nothing()
    {
        var client = world.Client("demo-nanjing");
        var honest = await client.PostAsync(Query);
        honest.AssertSuccess();
        var bureauView = await world.Client("demo-bureau").QueryAsync(Query);
        Assert.NotEqual(bureauView.ToJsonString(), honest.Data!.ToJsonString());

        var body = new JsonObject { ["query"] = Query }.ToJsonString();
        var withExtensions = new JsonObject
        {
            ["query"] = Query,
            ["extensions"] = new JsonObject { ["tenant"] = 1, ["gateway_unit"] = 1, ["gateway_unit_path"] = "/1/" },
        }.ToJsonString();

        var attempts = new Dictionary<string, GraphQLResponse>
        {
            ["headers"] = await client.SendAsync(Post(body, "", request =>
                { foreach (var (name, value) in Headers) request.Headers.TryAddWithoutValidation(name, value); })),
            ["query string"] = await client.SendAsync(Post(body, QueryString)),
            ["extensions"] = await client.SendAsync(Post(withExtensions, "")),
            ["cookie"] = await client.SendAsync(
                Post(body, "", request => request.Headers.Add("Cookie", "tenant=1; gateway_unit=1"))),
            ["GET with query string"] = await client.GetRawAsync(QueryString + "&query=" + Uri.EscapeDataString(Query)),
        };

        Assert.All(attempts, attempt =>
        {
            Assert.True(attempt.Value.Status == HttpStatusCode.OK, $"{attempt.Key}: {attempt.Value}");
            Assert.True(honest.Body == attempt.Value.Body,
                $"{attempt.Key} changed the answer: {MatrixChecks.Short(attempt.Value.Body)}");
        });
    }

    [Fact]
    public async Task A_tenant_header_without_a_token_gets_401()
    {
        var anonymous = world.Factory.CreateAnonymousGraphQLClient();

        var response = await anonymous.SendAsync(Post(new JsonObject { ["query"] = Query }.ToJsonString(), "?tenant=1",
            request => request.Headers.TryAddWithoutValidation("X-Tenant", "1")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.DoesNotContain("\"data\"", response.Body, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Post(string body, string queryString,
        Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path + queryString)
        {
            Content = new StringContent(body, Encoding.UTF8, GraphQLClient.ApplicationJson),
        };
        configure?.Invoke(request);
        return request;
    }
}

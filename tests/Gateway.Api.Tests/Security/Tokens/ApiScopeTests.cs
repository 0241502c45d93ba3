using System.Net;
using Gateway.Api.Security;
using Gateway.Api.Tests.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>Only a token granted the <c>gateway</c> scope reads <c>/graphql</c>; the token endpoint issues no machine
/// token without it.</summary>
public sealed class ApiScopeTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData(Scopes.OpenId)]
    public async Task Client_credentials_without_the_gateway_scope_are_an_invalid_scope(string? scope)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.ClientCredentials, ["client_id"] = "demo-nanjing",
            ["client_secret"] = "demo-nanjing-secret",
        };
        if (scope is not null) form["scope"] = scope;

        var response = await TokenRequests.PostAsync(factory.CreateClient(), form);

        response.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidScope);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Scopes.OpenId)]
    public async Task A_token_without_the_gateway_scope_cannot_read_graphql(string? scope)
    {
        var keys = new ServerKeys(factory);
        var issued = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-nanjing",
            "demo-nanjing-secret");
        var payload = keys.Payload(issued.AccessToken!);
        Assert.Equal(GatewayClaims.ApiScope, payload["scope"]!.GetValue<string>());
        payload.Remove("scope");
        if (scope is not null) payload["scope"] = scope;

        var same = await UserSignIn.ClientWith(factory, issued.AccessToken!).PostAsync("{ __typename }");
        var withoutScope = await UserSignIn.ClientWith(factory, keys.Seal(payload)).PostAsync("{ __typename }");

        same.AssertSuccess();
        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.Status);
    }

    [Fact]
    public async Task A_person_signed_in_for_openid_only_cannot_read_graphql()
    {
        var session = await UserSignIn.SignInAsync(factory, "nanjing.officer", Api.DemoData.DemoPrincipals.UserPassword,
            totpKey: null, scope: Scopes.OpenId);

        var response = await session.Client.PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }
}

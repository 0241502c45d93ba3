using System.Net;
using Gateway.Api.Audit;
using Gateway.Api.Security;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClientPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>Machine clients at <c>/connect/token</c> with the client-credentials grant.</summary>
public sealed class ClientCredentialsTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_right_secret_gets_a_ten_minute_gateway_access_token()
    {
        var response = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-nanjing",
            "demo-nanjing-secret");

        response.AssertIssued();
        Assert.Equal("Bearer", response.Json!["token_type"]!.GetValue<string>());
        // expires_in counts from the moment the response is written, so it may already read 599.
        Assert.InRange(response.Json["expires_in"]!.GetValue<int>(), 595, 600);
        var payload = new ServerKeys(factory).Payload(response.AccessToken!);
        Assert.Equal(600, payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>());
        Assert.Equal(Api.Security.GatewayClaims.Audience, payload["aud"]!.GetValue<string>());
        Assert.Equal("demo-nanjing", payload["sub"]!.GetValue<string>());
        Assert.Null(response.RefreshToken);
        // Encrypted (JWE, five segments) and typed as an access token, so it can't be confused with an id_token.
        Assert.Equal(5, response.AccessToken!.Split('.').Length);
        var header = TokenRequests.Header(response.AccessToken);
        Assert.Equal("at+jwt", header["typ"]!.GetValue<string>());
        // Sealed with the service's own AES key (key wrap), not an RSA key: only this service ever opens it.
        Assert.Equal("A256KW", header["alg"]!.GetValue<string>());
        Assert.Equal("A256CBC-HS512", header["enc"]!.GetValue<string>());
        (await UserSignIn.ClientWith(factory, response.AccessToken).PostAsync("{ __typename }")).AssertSuccess();
    }

    [Fact]
    public async Task A_wrong_secret_is_an_invalid_client()
    {
        var response = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-nanjing",
            "demo-bureau-secret");

        response.AssertRefused(HttpStatusCode.Unauthorized, Errors.InvalidClient);
    }

    [Fact]
    public async Task An_unknown_client_is_an_invalid_client()
    {
        var response = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-nowhere",
            "demo-nowhere-secret");

        response.AssertRefused(HttpStatusCode.Unauthorized, Errors.InvalidClient);
    }

    [Fact]
    public async Task The_public_admin_client_cannot_use_client_credentials()
    {
        var response = await TokenRequests.PostAsync(factory.CreateClient(), new()
            { ["grant_type"] = "client_credentials", ["client_id"] = UserSignIn.ClientId });

        // A public client has no secret to prove who it is.
        response.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidRequest);
    }

    [Fact]
    public async Task The_password_grant_is_not_offered()
    {
        var response = await TokenRequests.PostAsync(factory.CreateClient(), new()
        {
            ["grant_type"] = "password", ["client_id"] = "demo-nanjing", ["client_secret"] = "demo-nanjing-secret",
            ["username"] = "nanjing.officer", ["password"] = Api.DemoData.DemoPrincipals.UserPassword,
        });

        response.AssertRefused(HttpStatusCode.BadRequest, Errors.UnsupportedGrantType);
    }

    [Theory]
    [InlineData(Roles.SystemAdmin)]
    [InlineData(Roles.IntelligenceOfficer)]
    public async Task A_machine_client_holding_a_role_that_needs_a_second_factor_gets_no_token(string role)
    {
        var clientId = "rogue-" + role;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>()
                .CreateAsync(new OpenIddictApplicationDescriptor
                {
                    ClientId = clientId,
                    ClientSecret = clientId + "-secret",
                    ClientType = ClientTypes.Confidential,
                    Permissions = { ClientPermissions.Endpoints.Token, ClientPermissions.GrantTypes.ClientCredentials,
                        ClientPermissions.Prefixes.Scope + GatewayClaims.ApiScope },
                });
        }
        await factory.WithDbAsync(async db =>
        {
            var bureau = await db.OrgUnits.SingleAsync(u => u.Code == "bureau");
            db.ApiClients.Add(new ApiClient { ClientId = clientId, DisplayName = "Holds " + role,
                OwnerUnitId = bureau.Id, Roles = [role] });
            await db.SaveChangesAsync();
        });

        var response = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), clientId,
            clientId + "-secret");

        response.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidGrant);
        var audited = await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Operation == "token.issue" && r.ObjectIds == clientId).ToListAsync());
        Assert.Equal(AuditOutcome.Denied, Assert.Single(audited).Outcome);
    }

    [Fact]
    public async Task Refused_client_credentials_are_audited()
    {
        await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-anmin", "not-the-secret");

        var audited = await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Operation == "token.issue" && r.ObjectIds == "demo-anmin").ToListAsync());
        Assert.Equal(AuditOutcome.Denied, Assert.Single(audited).Outcome);
    }
}

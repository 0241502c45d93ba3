using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.ApiKeys;

/// <summary>How a key is sent.</summary>
public enum KeyForm { Bearer, Header, BasicWithKeyId, BasicWithoutUser }

/// <summary>
/// The app with a caller address the test chooses: TestServer connections have none, so a request's
/// <see cref="AddressHeader"/> becomes its remote address (a request without it keeps none, as TestServer gives).
/// </summary>
public sealed class ApiKeyHost : GatewayApiFactory
{
    public const string AddressHeader = "X-Test-Remote-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // These tests are about the credential itself; what a key may run is shown by the transport's tests.
        builder.UseSetting("Security:ApiKeys:PublishedDocumentsOnly", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, CallerAddress>());
    }

    /// <summary>A /graphql client sending <paramref name="key"/> the way <paramref name="form"/> says, from
    /// <paramref name="address"/>.</summary>
    public GraphQLClient KeyClient(string key, KeyForm form = KeyForm.Header, string? address = null)
    {
        var http = AddressedClient(address);
        switch (form)
        {
            case KeyForm.Bearer:
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
                break;
            case KeyForm.Header:
                http.DefaultRequestHeaders.Add("X-Api-Key", key);
                break;
            default:
                var user = form == KeyForm.BasicWithKeyId ? ApiKeyFormat.KeyIdOf(key) : "";
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{key}")));
                break;
        }
        return new GraphQLClient(http);
    }

    public HttpClient AddressedClient(string? address)
    {
        var http = CreateClient();
        if (address is not null) http.DefaultRequestHeaders.Add(AddressHeader, address);
        return http;
    }

    /// <summary>A key of <paramref name="clientId"/> put straight into the database, as createApiKey would store it;
    /// the full key.</summary>
    public Task<string> AddKeyAsync(string clientId, DateTime expiresAt, DateTime? revokedAt = null) =>
        WithDbAsync(async db =>
        {
            var client = await db.ApiClients.SingleAsync(c => c.ClientId == clientId);
            var (keyId, secret) = (ApiKeyFormat.NewKeyId(), ApiKeyFormat.NewSecret());
            db.ApiKeys.Add(new ApiKey
            {
                ApiClientId = client.Id, OwnerUnitId = client.OwnerUnitId, KeyId = keyId, Label = "test",
                SecretHash = ApiKeyFormat.HashOf(secret), CreatedAt = DateTime.UtcNow, CreatedBy = "test",
                ExpiresAt = expiresAt, RevokedAt = revokedAt,
            });
            await db.SaveChangesAsync();
            return ApiKeyFormat.Compose(keyId, secret);
        });

    private sealed class CallerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate rest) =>
            {
                http.Connection.RemoteIpAddress =
                    IPAddress.TryParse(http.Request.Headers[AddressHeader], out var address) ? address : null;
                return rest(http);
            });
            next(app);
        };
    }
}

using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Benchmarks;

/// <summary>
/// The real app over its real HTTP pipeline, on a temporary SQLite file seeded with the demo county and deleted on
/// dispose.
/// </summary>
internal sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    public const string ClientId = "demo-bureau";

    private static readonly IReadOnlySet<string> BureauPermissions = Roles.PermissionsOf([Roles.UnitIntegration]);

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"gateway-bench-{Guid.NewGuid():N}.db");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Gateway", ConnectionString);
        builder.UseSetting("Database:SeedDemoCounty", "true");
        // Per-request information logs to the console would be timed on the GraphQL side only.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, HandWrittenEndpoint>());
    }

    /// <summary>A client carrying a client-credentials token of <see cref="ClientId"/>.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync()
    {
        var http = CreateClient();
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = ClientId,
                ["client_secret"] = ClientId + "-secret",
                ["scope"] = "gateway",
            }));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Token request failed: {(int)response.StatusCode} {body}");
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", JsonNode.Parse(body)!["access_token"]!.GetValue<string>());
        return http;
    }

    /// <summary>Runs <paramref name="work"/> in a scope of the app's services that sees every tenant.</summary>
    public async Task<T> AsSystemAsync<T>(Func<GatewayDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        return await work(scope.ServiceProvider.GetRequiredService<GatewayDbContext>());
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a scope of the app's services that sees what <see cref="ClientId"/>'s token
    /// sees.
    /// </summary>
    public async Task<T> AsBureauAsync<T>(Func<GatewayDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>()
            .Enter(1, "/1/", BureauPermissions, "benchmark", ClientId, personId: null);
        return await work(scope.ServiceProvider.GetRequiredService<GatewayDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in
            new[] { databasePath, databasePath + "-wal", databasePath + "-shm", databasePath + "-journal" })
            File.Delete(file);
    }
}

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
/// The real app over its real HTTP pipeline, by default on a temporary SQLite file seeded with the demo county and
/// deleted on dispose; or on a given file, migrated but not seeded, kept when asked.
/// </summary>
internal sealed class BenchmarkHost(string? databaseFile = null, bool seedDemoCounty = true,
    bool deleteOnDispose = true) : WebApplicationFactory<Program>
{
    public const string ClientId = "demo-bureau";

    private static readonly IReadOnlySet<string> BureauPermissions = Roles.PermissionsOf([Roles.UnitIntegration]);

    private readonly string databasePath =
        databaseFile ?? Path.Combine(Path.GetTempPath(), $"gateway-bench-{Guid.NewGuid():N}.db");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Gateway", ConnectionString);
        builder.UseSetting("Database:SeedDemoCounty", seedDemoCounty ? "true" : "false");
        // Per-request information logs to the console would be timed on the GraphQL side only.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, HandWrittenEndpoint>());
    }

    /// <summary>A client carrying a client-credentials token of <paramref name="clientId"/>, whose secret is its id
    /// followed by <c>-secret</c> as the demo's are.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string clientId = ClientId)
    {
        var http = CreateClient();
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = clientId + "-secret",
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

    /// <summary>Runs <paramref name="work"/> on the app's scoped services in the system's scope.</summary>
    public async Task AsSystemServicesAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        await work(scope.ServiceProvider);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a scope of the app's services that sees what <see cref="ClientId"/>'s token
    /// sees.
    /// </summary>
    public Task<T> AsBureauAsync<T>(Func<GatewayDbContext, Task<T>> work) =>
        InBureauScopeAsync(services => work(services.GetRequiredService<GatewayDbContext>()));

    /// <summary>Runs <paramref name="work"/> on the app's scoped services (the DbContext and what reads through it) in
    /// the scope <see cref="ClientId"/>'s token enters: unit 1, the county bureau.</summary>
    public async Task<T> InBureauScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>()
            .Enter(1, "/1/", BureauPermissions, "benchmark", ClientId, personId: null);
        return await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!deleteOnDispose) return;
        foreach (var file in
            new[] { databasePath, databasePath + "-wal", databasePath + "-shm", databasePath + "-journal" })
            File.Delete(file);
    }
}

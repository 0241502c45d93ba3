using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Limits;
using Gateway.Api.Hosting;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gateway.Benchmarks;

/// <summary>
/// The real app over its real HTTP pipeline, by default on a temporary SQLite file seeded with the demo county and
/// deleted on dispose; or on a given file, migrated but not seeded, kept when asked; or on a PostgreSQL database
/// (<see cref="OnPostgres"/>), migrated but not seeded, kept.
/// </summary>
internal sealed class BenchmarkHost(string? databaseFile = null, bool seedDemoCounty = true,
    bool deleteOnDispose = true, string? postgresConnection = null, SqlCapture? capture = null)
    : WebApplicationFactory<Program>
{
    public const string ClientId = "demo-bureau";

    private static readonly IReadOnlySet<string> BureauPermissions = Roles.PermissionsOf([Roles.UnitIntegration]);

    private readonly string databasePath =
        databaseFile ?? Path.Combine(Path.GetTempPath(), $"gateway-bench-{Guid.NewGuid():N}.db");

    private string ConnectionString => postgresConnection
        ?? new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();

    /// <summary>The app on the PostgreSQL database of <paramref name="connectionString"/>, migrated, not
    /// seeded.</summary>
    public static BenchmarkHost OnPostgres(string connectionString, SqlCapture? capture = null) =>
        new(seedDemoCounty: false, deleteOnDispose: false, postgresConnection: connectionString, capture: capture);

    /// <summary>The app on the SQLite file <paramref name="file"/>, migrated, not seeded, kept.</summary>
    public static BenchmarkHost OnSqlite(string file) => new(file, seedDemoCounty: false, deleteOnDispose: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Gateway", ConnectionString);
        if (postgresConnection is not null)
        {
            builder.UseSetting("Database:Provider", DataSetup.PostgresProvider);
            // The statement timeout follows the request budget, which the rollups' rebuild over a million entries
            // outlasts: this host generates and looks, it is not what is measured. (A budget of 0 would stop every
            // request at once.)
            builder.UseSetting($"{RequestLimitsOptions.Section}:{nameof(RequestLimitsOptions.ExecutionTimeoutSeconds)}",
                "3600");
            // A failed command is an exception here; the one EF logs when it finds no migrations table is noise.
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        }
        builder.UseSetting("Database:SeedDemoCounty", seedDemoCounty ? "true" : "false");
        // Per-request information logs to the console would be timed on the GraphQL side only.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, HandWrittenEndpoint>();
            if (capture is not null)
                services.ConfigureDbContext<PostgresGatewayDbContext>(options => options.AddInterceptors(capture));
        });
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
    public Task AsSystemServicesAsync(Func<IServiceProvider, Task> work) => AsSystemServicesAsync(async services =>
    {
        await work(services);
        return true;
    });

    /// <summary>Runs <paramref name="work"/> on the app's scoped services in the system's scope.</summary>
    public async Task<T> AsSystemServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        return await work(scope.ServiceProvider);
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
        NpgsqlConnection.ClearAllPools();
        if (!deleteOnDispose || postgresConnection is not null) return;
        foreach (var file in
            new[] { databasePath, databasePath + "-wal", databasePath + "-shm", databasePath + "-journal" })
            File.Delete(file);
    }
}

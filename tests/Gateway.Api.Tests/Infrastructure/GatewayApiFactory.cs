using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// The real app over its real HTTP pipeline, on a private SQLite file that holds a copy of the seeded demo county
/// (seeded once per test run into a template, see <see cref="TestDatabases"/>) and is deleted on dispose.
/// Every SQL command the app's DbContext sends is counted by <see cref="SqlCommands"/>.
/// </summary>
public class GatewayApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string EnvironmentName = "Testing";

    private readonly bool ownsDatabase;

    /// <summary>A fresh copy of the seeded demo county.</summary>
    public GatewayApiFactory() : this(TestDatabases.CopyOfSeededTemplate(), ownsDatabase: true)
    {
    }

    internal GatewayApiFactory(string databasePath, bool ownsDatabase)
    {
        DatabasePath = databasePath;
        this.ownsDatabase = ownsDatabase;
    }

    public string DatabasePath { get; }

    public string ConnectionString => TestDatabases.ConnectionStringFor(DatabasePath);

    public SqlCommandCounter SqlCommands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", TestDatabases.Provider);
        builder.UseSetting("ConnectionStrings:Gateway", ConnectionString);
        builder.UseSetting("Security:SigningCertificate:Path", TestDatabases.SigningCertificatePath);
        builder.UseSetting("Security:SigningCertificate:Password", TestDatabases.SigningCertificatePassword);
        // The SQLite and PostgreSQL runs share two cores with each other and the browser tests (a grid merge that
        // takes 2 s alone took over 20 there): a request's 15 s budget is a production figure, not one a test
        // measures (the budget's tests set their own).
        builder.UseSetting("GraphQL:Limits:ExecutionTimeoutSeconds", "60");
        // Counting tests measure one request's own SQL; a token's account re-read every 30 s would land in a
        // measurement now and then. Tests of the recheck set their own window.
        builder.UseSetting("Security:AccountRecheckSeconds", "3600");
        // A database context used by two threads at once fails the test that did it, not a user later.
        builder.UseSetting("Database:ThreadSafetyChecks", "true");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(SqlCommands);
            services.ConfigureGatewayDbContext((provider, options) =>
                options.AddInterceptors(provider.GetRequiredService<SqlCommandCounter>()));
        });
    }

    /// <summary>The machine client whose token <see cref="CreateGraphQLClient()"/> carries: full access to the whole
    /// county, identities excepted.</summary>
    public const string DefaultClientId = "demo-bureau";

    private readonly ConcurrentDictionary<string, Task<string>> tokens = new();

    /// <summary>A client signed in as <see cref="DefaultClientId"/>.</summary>
    public GraphQLClient CreateGraphQLClient() => CreateGraphQLClient(DefaultClientId);

    /// <summary>A client carrying a client-credentials token of the demo machine client
    /// <paramref name="clientId"/>.</summary>
    public GraphQLClient CreateGraphQLClient(string clientId)
    {
        var http = CreateClient();
        var token = tokens.GetOrAdd(clientId, RequestTokenAsync).GetAwaiter().GetResult();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>A client carrying a token of <paramref name="clientId"/> requested now, for after a change that
    /// retires the tokens issued before it.</summary>
    public GraphQLClient CreateGraphQLClientWithNewToken(string clientId)
    {
        tokens.TryRemove(clientId, out _);
        return CreateGraphQLClient(clientId);
    }

    /// <summary>A client with no token at all.</summary>
    public GraphQLClient CreateAnonymousGraphQLClient() => new(CreateClient());

    private async Task<string> RequestTokenAsync(string clientId)
    {
        using var http = CreateClient();
        using var response = await http.PostAsync("/connect/token",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = clientId + "-secret",
                ["scope"] = "gateway",
            }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode,
            $"Token request for {clientId} failed: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    /// <summary>Runs <paramref name="work"/> against this factory's database in a scope of the app's own services,
    /// seeing every tenant.</summary>
    public async Task<T> WithDbAsync<T>(Func<GatewayDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        return await work(scope.ServiceProvider.GetRequiredService<GatewayDbContext>());
    }

    public Task WithDbAsync(Func<GatewayDbContext, Task> work) =>
        WithDbAsync(async db => { await work(db); return true; });

    /// <summary>
    /// Puts this app back to a fresh copy of the seeded demo county without restarting it, so a class of writing tests
    /// can share one host: the database (the audit chain's head among it), open refusal summaries, cached account
    /// standings, tokens and the SQL counter start over. Call between requests only. State kept elsewhere (rate-limit
    /// partitions, a test's clock) is not reset: tests that depend on it use a host of their own. A class of writing
    /// tests takes this factory as its class fixture and calls this from <see cref="IAsyncLifetime.InitializeAsync"/>,
    /// before each test.
    /// </summary>
    public async Task ResetToSeededCountyAsync()
    {
        await ForgetEarlierRequestsAsync();
        // Idle pooled connections would keep a page cache and a file lock of the database being replaced.
        TestDatabases.ClearPool(DatabasePath);
        TestDatabases.RestoreSeededTemplate(DatabasePath);
    }

    /// <summary>
    /// What <see cref="ResetToSeededCountyAsync"/> does short of copying the county back: open refusal summaries
    /// written, cached account standings, tokens and the SQL counter forgotten. Enough before each test of a class
    /// whose tests assert they changed nothing; copying the county before each would cost most of their time.
    /// </summary>
    public async Task ForgetEarlierRequestsAsync()
    {
        // Written now, so a summary of one test's refusals neither lands in the next test's county nor holds back the
        // next test's first refusal.
        await Services.GetRequiredService<RefusalAudit>().FlushAsync(includeOpen: true, CancellationToken.None);
        (Services.GetRequiredService<IMemoryCache>() as MemoryCache)?.Clear();
        tokens.Clear();
        SqlCommands.Reset();
    }

    Task IAsyncLifetime.InitializeAsync()
    {
        // Start the host (migrations and seeding run here) once, before the first test of the collection.
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabases.ClearPool(DatabasePath);
        if (ownsDatabase) TestDatabases.Delete(DatabasePath);
        GC.SuppressFinalize(this);
    }
}

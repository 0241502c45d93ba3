using Gateway.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// The real app over its real HTTP pipeline, on a private SQLite file that holds a copy of the seeded demo county
/// (seeded once per test run into a template, see <see cref="SeededTemplate"/>) and is deleted on dispose.
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
        builder.UseSetting("ConnectionStrings:Gateway", ConnectionString);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(SqlCommands);
            services.ConfigureDbContext<GatewayDbContext>((provider, options) =>
                options.AddInterceptors(provider.GetRequiredService<SqlCommandCounter>()));
        });
    }

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    /// <summary>Runs <paramref name="work"/> against this factory's database in a scope of the app's own services.</summary>
    public async Task<T> WithDbAsync<T>(Func<GatewayDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<GatewayDbContext>());
    }

    public Task WithDbAsync(Func<GatewayDbContext, Task> work) =>
        WithDbAsync(async db => { await work(db); return true; });

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
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        if (ownsDatabase) TestDatabases.Delete(DatabasePath);
        GC.SuppressFinalize(this);
    }
}

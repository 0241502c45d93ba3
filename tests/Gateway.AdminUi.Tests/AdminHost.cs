using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Gateway.AdminUi.Tests;

/// <summary>
/// The real app on a real socket (Kestrel on a free loopback port), seeded with the demo county in a SQLite file of
/// its own, serving the admin page the api build made. The admin client's redirect URIs name this port, so a browser
/// signs in through the same code + PKCE flow as on a developer's machine.
/// </summary>
public sealed class AdminHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"gateway-admin-ui-{Guid.NewGuid():N}.db");
    private readonly int port = FreePort();

    public Uri Origin => new($"http://127.0.0.1:{port}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Gateway",
            new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString());
        builder.UseSetting("Security:AdminClient:RedirectUris:0", $"{Origin}admin/callback");
        builder.UseSetting("Security:AdminClient:PostLogoutRedirectUris:0", $"{Origin}admin/");
        // The browser tests share two cores with both API suites: a request's 15 s budget is a production figure.
        builder.UseSetting("GraphQL:Limits:ExecutionTimeoutSeconds", "60");
        builder.UseSetting("Database:ThreadSafetyChecks", "true");
    }

    Task IAsyncLifetime.InitializeAsync()
    {
        UseKestrel(port);
        // Migrates and seeds the demo county, then listens.
        StartServer();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);
    }

    /// <summary>A port nobody listens on now; the redirect URIs must name it before the app starts.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

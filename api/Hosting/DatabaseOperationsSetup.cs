using Gateway.Api.Data;
using Gateway.Api.Operations;

namespace Gateway.Api.Hosting;

/// <summary>
/// Keeping the data safe on one machine: SQLite's write-ahead log and busy timeout (<see cref="SqliteDurability"/>),
/// the online <see cref="BackupCommand"/>, and a shutdown that lets running requests finish.
/// </summary>
public static class DatabaseOperationsSetup
{
    /// <summary>Command-line argument that copies the live database to the file named after it and exits.</summary>
    public const string BackupCommand = "backup";
    public const string ShutdownTimeoutKey = "Hosting:ShutdownTimeoutSeconds";

    public static IHostApplicationBuilder AddGatewayDatabaseOperations(this IHostApplicationBuilder builder)
    {
        // On SIGTERM Kestrel stops accepting connections and waits this long for the requests it is serving (each
        // commits or rolls back whole), then the hosted jobs stop; .NET's default is 30 s.
        var shutdownSeconds = builder.Configuration.GetValue(ShutdownTimeoutKey, 30);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(shutdownSeconds));
        if ((builder.Configuration["Database:Provider"] ?? DataSetup.SqliteProvider) != DataSetup.SqliteProvider)
            return builder;
        builder.Services.AddOptions<SqliteOptions>().BindConfiguration(SqliteOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(provider =>
            new SqliteDurability(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SqliteOptions>>()
                .Value));
        builder.Services.ConfigureDbContext<SqliteGatewayDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<SqliteDurability>()));
        return builder;
    }

    /// <summary>Runs <see cref="BackupCommand"/>: <c>backup &lt;path&gt;</c>; 0 when the copy is written and
    /// checked.</summary>
    public static Task<int> BackupDatabaseAsync(this WebApplication app, string[] args)
    {
        if ((app.Configuration["Database:Provider"] ?? DataSetup.SqliteProvider) != DataSetup.SqliteProvider)
        {
            Console.Error.WriteLine("backup copies the SQLite file; on PostgreSQL use pg_dump or the server's own "
                + "backups (README, \"PostgreSQL\").");
            return Task.FromResult(2);
        }
        var target = args.SkipWhile(a => a != BackupCommand).Skip(1).FirstOrDefault();
        return DatabaseBackup.RunAsync(app.Configuration.GetConnectionString("Gateway")!, target, Console.Out);
    }
}

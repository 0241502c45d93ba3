using Gateway.Api.Data;
using Gateway.Api.DemoData;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Hosting;

public static class DataSetup
{
    public static IHostApplicationBuilder AddGatewayData(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = builder.Configuration.GetConnectionString("Gateway")
            ?? throw new InvalidOperationException("ConnectionStrings:Gateway is not configured.");
        builder.Services.AddDbContext<GatewayDbContext>(options =>
        {
            // Each provider keeps its own migrations; the model is the same.
            switch (provider)
            {
                case "Sqlite":
                    options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(GatewayDbContext).Assembly.FullName));
                    break;
                default:
                    throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use 'Sqlite'.");
            }
        });
        return builder;
    }

    /// <summary>Brings the schema up to date and, when the database is empty and seeding is on, loads the demo county.</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await db.Database.MigrateAsync();
        if (!app.Configuration.GetValue("Database:SeedDemoCounty", true) || await db.OrgUnits.AnyAsync()) return;
        // One transaction: a process killed mid-seed leaves an empty database that seeds again, never half a county.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new DemoCountySeeder(db).SeedAsync();
        await transaction.CommitAsync();
    }
}

using Gateway.Api.Assessment;
using Gateway.Api.Data;
using Gateway.Api.DemoData;
using Gateway.Api.FieldWork;
using Gateway.Api.Informants;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;
using Gateway.Api.Requests;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.Clients;
using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Api.Hosting;

public static class DataSetup
{
    /// <summary>Command-line argument that recomputes the field-work rollups from the entries and the staffing rollup
    /// from the postings and grids, and exits instead of serving.</summary>
    public const string RebuildRollupsCommand = "rebuild-rollups";

    public static IHostApplicationBuilder AddGatewayData(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = builder.Configuration.GetConnectionString("Gateway")
            ?? throw new InvalidOperationException("ConnectionStrings:Gateway is not configured.");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<TenantScope>();
        builder.Services.AddScoped<DemoPrincipals>();
        builder.Services.AddScoped<AdminPageClient>();
        builder.Services.AddScoped<OfficeStaffingCalculator>();
        builder.Services.AddScoped<OfficeStaffingLoader>();
        builder.Services.AddScoped<EffectiveWorkTargetsReader>();
        builder.Services.AddScoped<ThreeMustsCalculator>();
        builder.Services.AddScoped<FieldWorkReportLoader>();
        builder.Services.AddSingleton<FieldWorkRollups>();
        builder.Services.AddSingleton<OfficeStaffingRollup>();
        builder.Services.AddScoped<FieldWorkTotalsReader>();
        builder.Services.AddScoped<EffectiveWeightsLoader>();
        builder.Services.AddOptions<AssessmentOptions>().BindConfiguration(AssessmentOptions.Section)
            .Validate(o => o.DefaultWeights.AreValid,
                "Assessment:DefaultWeights must be three percentages, none negative, summing to 100.")
            .ValidateOnStart();
        builder.Services.AddScoped<GridHouseholdsLoader>();
        builder.Services.AddScoped<AuthorisationPeriodsLoader>();
        builder.Services.AddScoped<RewardLedgerLoader>();
        builder.Services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section);
        builder.Services.AddSingleton<WorkingDayCalendar>();
        builder.Services.AddOptions<RequestOptions>().BindConfiguration(RequestOptions.Section)
            .Validate(o => o.AreValid, "Requests:TimeLimits must give every kind 0 to 60 working days, and "
                + "Requests:ChaseIntervalMinutes must not be negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RequestDeadlines>();
        builder.Services.AddScoped<DepartmentPerformanceCalculator>();
        // Raises the automatic chases of requests past their deadline, in the system scope.
        builder.Services.AddSingleton<RequestChaseJob>()
            .AddHostedService(provider => provider.GetRequiredService<RequestChaseJob>());
        builder.Services.AddDbContext<GatewayDbContext>((services, options) =>
        {
            // Each provider keeps its own migrations; the model is the same.
            switch (provider)
            {
                case "Sqlite":
                    // A request's budget and a client leaving stop the statement too, not only the executor.
                    // (PostgreSQL:
                    // Npgsql cancels a running statement with its token; a statement_timeout would bound it here.)
                    options.UseSqlite(connectionString).AddInterceptors(SqliteCancellationInterceptor.Instance);
                    break;
                default:
                    throw new InvalidOperationException(
                        $"Database:Provider '{provider}' is not supported; use 'Sqlite'.");
            }
            options.UseOpenIddict();
            options.AddInterceptors(services.GetRequiredService<BlindIndexing>());
            // Field-work totals and staffing spans are written in the transaction of the rows they count. The
            // staffing rollup opens that transaction before the field-work totals join it, and commits it last.
            var staffing = services.GetRequiredService<OfficeStaffingRollup>();
            options.AddInterceptors(staffing.Preparing, services.GetRequiredService<FieldWorkRollups>(), staffing);
            // A required navigation into a tenant-filtered set drops rows whose target the caller cannot see.
            options.ConfigureWarnings(w =>
                w.Throw(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        });
        return builder;
    }

    /// <summary>Brings the schema up to date, registers the admin page's client and, when the database is empty and
    /// seeding is on, loads the demo county.</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await db.Database.MigrateAsync();
        // A database from before the staffing rollup has offices and no spans: counted once, then kept by each save.
        if (await db.OrgUnits.AnyAsync(u => u.Kind == OrgUnitKind.CommunityOffice)
            && !await db.Set<OfficeStaffingSpan>().AnyAsync())
            await OfficeStaffingRollup.RebuildAsync(db, CancellationToken.None);
        await PlainValueEncryption.EncryptPlainValuesAsync(db,
            scope.ServiceProvider.GetRequiredService<ColumnProtector>(), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<BlindIndexing>().FillMissingAsync(db, CancellationToken.None);
        await RoleCatalogue.SyncAsync(scope.ServiceProvider.GetRequiredService<RoleManager<GatewayRole>>());
        // The page at /admin signs people in through this client, demo county or not.
        await scope.ServiceProvider.GetRequiredService<AdminPageClient>().RegisterAsync(CancellationToken.None);
        if (!app.Configuration.GetValue("Database:SeedDemoCounty", true) || await db.OrgUnits.AnyAsync()) return;
        if (app.Environment.IsProduction())
        {
            app.Logger.LogWarning(
                "Database:SeedDemoCounty is ignored in Production: "
                + "the demo county and its demo accounts are never seeded there.");
            return;
        }
        // One transaction: a process killed mid-seed leaves an empty database that seeds again, never half a county.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new DemoCountySeeder(db, scope.ServiceProvider.GetRequiredService<BlindIndex>(),
            scope.ServiceProvider.GetRequiredService<RequestDeadlines>()).SeedAsync();
        await scope.ServiceProvider.GetRequiredService<DemoPrincipals>().SeedAsync();
        await transaction.CommitAsync();
    }

    /// <summary>Brings the schema up to date, recomputes the field-work rollups from the entries in one transaction and
    /// the staffing rollup in another, and prints what they wrote; 0 when done.</summary>
    public static async Task<int> RebuildFieldWorkRollupsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await db.Database.MigrateAsync();
        var started = TimeProvider.System.GetTimestamp();
        var (days, units) = await FieldWorkRollupSql.RebuildAsync(db, CancellationToken.None);
        Console.WriteLine($"Field-work rollups rebuilt from {await db.FieldWorkEvents.CountAsync()}"
            + $" entries in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s: {days} day totals "
            + $"(unit, grid, person, kind, day), {units} unit totals (own and subtree, by day and month).");
        started = TimeProvider.System.GetTimestamp();
        var spans = await OfficeStaffingRollup.RebuildAsync(db, CancellationToken.None);
        Console.WriteLine($"Staffing rollup rebuilt from the postings and grids in "
            + $"{TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s: {spans} spans (office, days).");
        return 0;
    }
}

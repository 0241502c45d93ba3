using Gateway.Api.Assessment;
using Gateway.Api.Data;
using Gateway.Api.DemoData;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Limits;
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
using Npgsql;

namespace Gateway.Api.Hosting;

public static class DataSetup
{
    /// <summary>Command-line argument that recomputes the field-work rollups from the entries and the staffing rollup
    /// from the postings and grids, and exits instead of serving.</summary>
    public const string RebuildRollupsCommand = "rebuild-rollups";

    /// <summary>Values of <c>Database:Provider</c>.</summary>
    public const string SqliteProvider = "Sqlite";
    public const string PostgresProvider = "Postgres";

    public static IHostApplicationBuilder AddGatewayData(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? SqliteProvider;
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
        // EF's check that a context is not used by two threads at once marks each row read in an async-local value: two
        // execution-context copies a row, a sixth of what a statistics request allocated. The test suite and
        // Development keep it on, so misuse is caught there; a serving instance reads without it.
        var threadSafetyChecks = builder.Configuration.GetValue("Database:ThreadSafetyChecks", false);
        var statementSeconds = builder.Configuration.GetValue(
            RequestLimitsOptions.Section + ":" + nameof(RequestLimitsOptions.ExecutionTimeoutSeconds),
            new RequestLimitsOptions().ExecutionTimeoutSeconds);
        builder.AddGatewayReplica(provider);
        // Each provider has a context type of its own only to keep its own migrations; the model is the same, and the
        // services ask for GatewayDbContext. The options are built once: everything they hold is a singleton, and
        // building them per request (EF's default) cost every request a provider lookup keyed by their contents.
        switch (provider)
        {
            case SqliteProvider:
                SqliteThreadingMode.UseMultiThread();
                builder.Services.AddDbContext<GatewayDbContext, SqliteGatewayDbContext>((services, options) =>
                {
                    // A request's budget and a client leaving stop the statement too, not only the executor.
                    options.UseSqlite(connectionString).AddInterceptors(SqliteCancellationInterceptor.Instance);
                    ConfigureCommon(services, options, threadSafetyChecks);
                }, optionsLifetime: ServiceLifetime.Singleton);
                break;
            case PostgresProvider:
                // Npgsql pools connections itself (Pooling, Maximum Pool Size in the connection string). A cancelled
                // token cancels the running statement on the server; the command timeout and the statement timeout
                // each command's transaction sets (RowSecurityInterceptor) bound a statement by the request's budget.
                var transactionSettings = new RowSecurityInterceptor(statementSeconds);
                builder.Services.AddDbContext<GatewayDbContext, PostgresGatewayDbContext>((services, options) =>
                {
                    options.UseNpgsql(connectionString, npgsql => npgsql
                        .CommandTimeout(PostgresConnection.CommandTimeoutSeconds(statementSeconds))
                        .ExecutionStrategy(dependencies => new PostgresExecutionStrategy(dependencies)));
                    options.AddInterceptors(PostgresLikeInterceptor.Instance, transactionSettings);
                    ReplicaSetup.RecordCallerWrites(services, options);
                    ConfigureCommon(services, options, threadSafetyChecks);
                }, optionsLifetime: ServiceLifetime.Singleton);
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; "
                    + $"use '{SqliteProvider}' or '{PostgresProvider}'.");
        }
        return builder;
    }

    private static void ConfigureCommon(IServiceProvider services, DbContextOptionsBuilder options,
        bool threadSafetyChecks)
    {
        options.UseOpenIddict();
        options.EnableThreadSafetyChecks(threadSafetyChecks);
        options.AddInterceptors(services.GetRequiredService<BlindIndexing>());
        // Field-work totals and staffing spans are written in the transaction of the rows they count. The staffing
        // rollup opens that transaction before the field-work totals join it, and commits it last.
        var staffing = services.GetRequiredService<OfficeStaffingRollup>();
        options.AddInterceptors(staffing.Preparing, services.GetRequiredService<FieldWorkRollups>(), staffing);
        // A required navigation into a tenant-filtered set drops rows whose target the caller cannot see.
        options.ConfigureWarnings(w =>
            w.Throw(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    /// <summary>Brings the schema up to date, registers the admin page's client and, when the database is empty and
    /// seeding is on, loads the demo county.</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsNpgsql() && await RowLevelSecurity.ApplyAsync(db, CancellationToken.None))
            app.Logger.LogWarning("The database role {Role} bypasses row-level security (a superuser, or BYPASSRLS): "
                + "the database's own wall between tenants does not hold for it. Connect as the tables' owner without "
                + "those attributes.", new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Username);
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
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new DemoCountySeeder(db, scope.ServiceProvider.GetRequiredService<BlindIndex>(),
                scope.ServiceProvider.GetRequiredService<RequestDeadlines>()).SeedAsync();
            await scope.ServiceProvider.GetRequiredService<DemoPrincipals>().SeedAsync();
            // The seed writes its ids itself; PostgreSQL's identity sequences must continue after them.
            if (db.Database.IsNpgsql()) await PostgresConnection.ContinueIdentitiesAfterStoredIdsAsync(db);
            await transaction.CommitAsync();
        });
        if (db.Database.IsNpgsql()) await PostgresConnection.GatherPlannerStatisticsAsync(db);
    }

    /// <summary>Brings the schema up to date, recomputes the field-work rollups from the entries in one transaction and
    /// the staffing rollup in another, and prints what they wrote; 0 when done.</summary>
    public static async Task<int> RebuildFieldWorkRollupsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsNpgsql()) PostgresConnection.UnboundStatements(db);
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

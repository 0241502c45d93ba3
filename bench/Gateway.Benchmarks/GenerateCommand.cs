using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Personnel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Benchmarks;

/// <summary>
/// Fills a database with a generated city (<see cref="CityGenerator"/>) after migrating it through the app, then
/// recomputes the field-work rollups with the app's rebuild; on PostgreSQL also moves the identity sequences past the
/// ids written and analyses the tables. Signs up the city bureau's client (<see cref="CityGenerator.ClientId"/>).
/// Usage: <c>bench/run.sh generate --provider sqlite|postgres --connection "…" [--offices 1000]
/// [--grids-per-office 10] [--people 30000] [--events 1000000] [--seed 2026] [--if-empty] [--owner role]</c>; with
/// <c>--if-empty</c> a database that already has units is left as it is (the client is still signed up); with
/// <c>--owner</c> a PostgreSQL database is then handed to that role (<see cref="OwnerRole"/>), for the service to
/// connect as.
/// </summary>
internal static class GenerateCommand
{
    public const string Verb = "generate";
    public const int DefaultSeed = 2026;

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = CommandLine.Value(args, "--provider") ?? "sqlite";
        var connection = CommandLine.Value(args, "--connection")
            ?? throw new ArgumentException("--connection is required: an Npgsql connection string or a SQLite one.");
        var city = City.Of(CommandLine.Int(args, "--offices", City.Default.Offices),
            CommandLine.Int(args, "--grids-per-office", City.Default.GridsPerOffice),
            CommandLine.Int(args, "--people", City.Default.People));
        var events = CommandLine.Int(args, "--events", 1_000_000);
        var seed = CommandLine.Int(args, "--seed", DefaultSeed);
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        await using var host = provider switch
        {
            "postgres" => BenchmarkHost.OnPostgres(connection),
            "sqlite" => BenchmarkHost.OnSqlite(new SqliteConnectionStringBuilder(connection).DataSource),
            _ => throw new ArgumentException($"--provider is sqlite or postgres, not '{provider}'."),
        };
        _ = host.Server; // Migrates.
        var existing = await host.AsSystemAsync(db => db.OrgUnits.CountAsync());
        if (existing > 0 && args.Contains("--if-empty"))
            Console.WriteLine(await host.AsSystemAsync(async db =>
                $"The database already holds a city: {existing:N0} units, {await db.Grids.CountAsync():N0} grids, "
                + $"{await db.People.CountAsync():N0} people, {await db.FieldWorkEvents.CountAsync():N0} "
                + "field-work entries; left as it is."));
        else
            await GenerateAsync(host, city, events, seed);
        await host.AsSystemServicesAsync(CityGenerator.AddClientAsync);
        if (CommandLine.Value(args, "--owner") is { } owner)
        {
            if (provider != "postgres") throw new ArgumentException("--owner is for PostgreSQL databases.");
            await OwnerRole.HandOverAsync(connection, owner);
        }
        return 0;
    }

    /// <summary>Writes the city and <paramref name="events"/> entries, rebuilds the rollups and prints the
    /// rates.</summary>
    public static async Task GenerateAsync(BenchmarkHost host, City city, long events, int seed)
    {
        Console.WriteLine($"Generating {city.Offices:N0} offices under {city.Stations} stations, "
            + $"{city.Grids:N0} grids, {city.People:N0} people, {events:N0} field-work entries (seed {seed}).");
        var progress = await host.AsSystemServicesAsync(async services =>
        {
            var generator = CityGenerator.For(services, city, events, seed);
            var progress = new GenerationProgress(generator.Rows);
            await generator.InsertAsync(services.GetRequiredService<GatewayDbContext>(), progress);
            return progress;
        });
        var inserted = progress.Elapsed;
        var copying = inserted - progress.IndexBuilding;
        Console.WriteLine($"Wrote {progress.Rows:N0} rows in {inserted.TotalSeconds:F1} s: "
            + $"{progress.RowsPerSecond:N0} rows/s"
            + (progress.IndexBuilding > TimeSpan.Zero
                ? $" ({progress.Rows / copying.TotalSeconds:N0} rows/s writing rows for {copying.TotalSeconds:F1} s, "
                    + $"then {progress.IndexBuilding.TotalSeconds:F1} s building their indexes)."
                : "."));
        var (days, units, spans) = await host.AsSystemAsync(async db =>
        {
            var (dayTotals, unitTotals) = await FieldWorkRollupSql.RebuildAsync(db, CancellationToken.None);
            // The city's postings and grids go in as rows, past the save that keeps the staffing rollup.
            var staffing = await OfficeStaffingRollup.RebuildAsync(db, CancellationToken.None);
            if (!db.Database.IsNpgsql()) return (dayTotals, unitTotals, staffing);
            // The rows came with their ids; the planner needs statistics of tables filled in one go.
            await PostgresConnection.ContinueIdentitiesAfterStoredIdsAsync(db);
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            return (dayTotals, unitTotals, staffing);
        });
        Console.WriteLine($"Rollups rebuilt ({days:N0} day totals, {units:N0} unit totals, {spans:N0} staffing "
            + "spans) in "
            + $"{(progress.Elapsed - inserted).TotalSeconds:F1} s; {progress.Elapsed.TotalSeconds:F1} s in all.");
    }
}

/// <summary>Options of the benchmark's commands: <c>--name value</c>.</summary>
internal static class CommandLine
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text.Replace("_", "").Replace(",", "")) : fallback;
}

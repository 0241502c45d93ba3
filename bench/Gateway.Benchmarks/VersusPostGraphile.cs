using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Npgsql;

namespace Gateway.Benchmarks;

/// <summary>One query of the comparison: Gateway's document and PostGraphile's asking for the same data, and what of
/// each answer must agree (<see cref="Fingerprint"/>, from the answer's <c>data</c>).</summary>
internal sealed record VersusQuery(string Name, string Description, JsonObject GatewayVariables,
    JsonObject PostGraphileVariables, Func<JsonNode, bool, string> Fingerprint);

/// <summary>
/// The same load on Gateway, on PostGraphile and, through pgbench, on the SQL Gateway sends (the floor), for three
/// queries over the generated city on PostgreSQL: prints req/s, p50/p95/p99 of each and the ratios against the targets
/// (Gateway at least twice PostGraphile's req/s, at least half the floor's). The servers are started by
/// <c>bench/versus-postgraphile.sh</c> (<c>bench/run.sh versus-postgraphile</c>), which passes their addresses.
/// Each query is loaded on Gateway, PostGraphile and pgbench, then again in reverse order, after a warm-up of each; a
/// server's figures are those of its two segments together. Answers are checked first (Gateway's and PostGraphile's
/// must agree) and during the load (every answer must be the one checked). Exits non-zero only when something fails
/// to run, never on a missed target.
/// </summary>
internal static class VersusPostGraphile
{
    public const string Verb = "versus-postgraphile";
    private const double TargetOverPostGraphile = 2;
    private const double TargetOverFloor = 0.5;
    /// <summary>Long enough for .NET's tiered compilation to finish on the hot paths: after 5 s, Gateway's first
    /// segment of a query ran a third slower than its second.</summary>
    private const int WarmUpSeconds = 15;

    private static readonly City Measured = City.Default;
    private static readonly DateTimeOffset MonthStart = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly IReadOnlyList<VersusQuery> Queries =
    [
        new("Q1", "a station's grid workers in its subtree, by name, first 50, totalCount, each one's unit",
            new JsonObject { ["stationId"] = GlobalId.Encode("OrgUnit", Measured.StationId(0)) },
            new JsonObject { ["stationPath"] = Measured.StationPath(0) },
            (data, gateway) =>
            {
                var connection = gateway ? data["personnel"]! : data["allPeople"]!;
                var people = connection["nodes"]!.AsArray().Select(p =>
                    $"{p!["name"]}@{(gateway ? p["unit"] : p["orgUnitByOwnerUnitId"])!["name"]}");
                return $"{connection["totalCount"]} in all; {string.Join(", ", people)}";
            }),
        new("Q2", "20 offices → first 20 grids each → first 10 postings each → the person's name",
            [], [],
            (data, gateway) =>
            {
                var offices = (gateway ? data["offices"] : data["allOrgUnits"])!["nodes"]!.AsArray();
                return string.Join("; ", offices.Select(o => $"{o!["name"]}: " + string.Join(", ",
                    o[gateway ? "grids" : "gridsByOwnerUnitId"]!["nodes"]!.AsArray().Select(g => $"{g!["name"]} ("
                        + string.Join(" ", g[gateway ? "assignments" : "assignmentsByGridId"]!["nodes"]!.AsArray()
                            .Select(a => a![gateway ? "person" : "personByPersonId"]!["name"])) + ")"))));
            }),
        new("Q3", "one office's field work in one month, by kind: entries and counts added up",
            new JsonObject
            {
                ["unitId"] = GlobalId.Encode("OrgUnit", Measured.OfficeId(0)),
                ["from"] = MonthStart.ToString("O"), ["to"] = MonthStart.AddMonths(1).ToString("O"),
            },
            new JsonObject
            {
                ["unitId"] = Measured.OfficeId(0).ToString(CultureInfo.InvariantCulture),
                ["from"] = MonthStart.ToString("O"), ["to"] = MonthStart.AddMonths(1).ToString("O"),
            },
            (data, gateway) =>
            {
                if (gateway)
                {
                    var row = data["statistics"]!["fieldWork"]!.AsArray().Single()!;
                    return $"{row["entries"]} entries, {row["total"]} in all; " + string.Join(", ",
                        Enum.GetValues<FieldWorkKind>().Select(k => $"{k} {row[JsonNamingPolicy.CamelCase
                            .ConvertName(k.ToString())]}"));
                }
                var events = data["allFieldWorkEvents"]!;
                var byKind = events["groupedAggregates"]!.AsArray().ToDictionary(
                    g => g!["keys"]![0]!.GetValue<string>(), g => g!["sum"]!["count"]!.ToString());
                return $"{events["totalCount"]} entries, {events["aggregates"]!["sum"]!["count"]} in all; "
                    + string.Join(", ", Enum.GetValues<FieldWorkKind>()
                        .Select(k => $"{k} {byKind.GetValueOrDefault(k.ToString(), "0")}"));
            }),
    ];

    private enum Server { Gateway, PostGraphile, Floor }

    private sealed record Segment(long Requests, long Errors, double Seconds, List<double> Latencies);

    /// <param name="Connection">A superuser's, as PostGraphile reads the tables.</param>
    /// <param name="AppConnection">Gateway's, as the role row-level security filters; the floor's statements run as
    /// it too, the scope in each one's transaction as Gateway sends it.</param>
    private sealed record Options(string Connection, string AppConnection, string Gateway, string PostGraphile,
        int Duration, int Connections, string Work, string Node, string LoadScript, string Pgbench, string Documents);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(Required(args, "--connection"), Required(args, "--app-connection"),
            Required(args, "--gateway"),
            Required(args, "--postgraphile"), CommandLine.Int(args, "--duration", 20),
            CommandLine.Int(args, "--connections", 16), Required(args, "--work"), Required(args, "--node"),
            Required(args, "--load-script"), CommandLine.Value(args, "--pgbench") ?? "pgbench",
            Required(args, "--documents"));
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        var loadBefore = LoadAverage();
        var floorScripts = await CaptureFloorAsync(options);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        foreach (var query in Queries)
            if (!await CheckAsync(http, options, query, floorScripts[query.Name])) return 1;

        var results = new Dictionary<(string, Server), List<Segment>>();
        foreach (var query in Queries)
        {
            Server[] order = [Server.Gateway, Server.PostGraphile, Server.Floor];
            foreach (var server in order)
                await LoadAsync(http, options, query, server, floorScripts[query.Name], WarmUpSeconds);
            foreach (var server in order.Concat(order.Reverse()))
            {
                var segment = await LoadAsync(http, options, query, server, floorScripts[query.Name],
                    options.Duration);
                if (segment.Errors > 0)
                {
                    Console.Error.WriteLine($"{query.Name} on {server}: {segment.Errors} failed or wrong answers.");
                    return 1;
                }
                Console.Error.WriteLine($"  {query.Name} {server,-12} {segment.Requests / segment.Seconds,9:N0} req/s");
                results.TryAdd((query.Name, server), []);
                results[(query.Name, server)].Add(segment);
            }
        }
        PrintTable(options, results, loadBefore);
        return 0;
    }

    /// <summary>
    /// Runs each Gateway document in-process on the same database, twice, and keeps the statements of the second
    /// run (caches warm, as under load) as a pgbench script in the work directory; answers the scripts' paths.
    /// </summary>
    private static async Task<Dictionary<string, string>> CaptureFloorAsync(Options options)
    {
        var capture = new SqlCapture();
        await using var host = BenchmarkHost.OnPostgres(options.AppConnection, capture);
        using var http = await host.CreateSignedInClientAsync(CityGenerator.ClientId);
        var scripts = new Dictionary<string, string>();
        foreach (var query in Queries)
        {
            var body = GatewayBody(options, query);
            await PostAsync(http, new Uri(http.BaseAddress!, "/graphql"), body);
            capture.Recording = true;
            var answer = await PostAsync(http, new Uri(http.BaseAddress!, "/graphql"), body);
            capture.Recording = false;
            var statements = capture.Take();
            if (JsonNode.Parse(answer)?["errors"] is not null || statements.Count == 0)
                throw new InvalidOperationException($"{query.Name} in-process: {answer}");
            // Run as Gateway's role, the statements must read what Gateway read: a scope lost on the way would
            // leave row-level security nothing to show, and the floor nothing to do.
            if (await RowsReadAsync(options, statements) == 0)
                throw new InvalidOperationException($"{query.Name}: the floor's statements read no row as "
                    + $"{new NpgsqlConnectionStringBuilder(options.AppConnection).Username}.");
            var script = Path.Combine(options.Work, $"{query.Name}.sql");
            await File.WriteAllTextAsync(script, $"-- {query.Name}: the {statements.Count} commands Gateway sends "
                + $"for {query.Description}.\n" + SqlCapture.PgbenchScript(statements));
            scripts[query.Name] = script;
        }
        return scripts;
    }

    /// <summary>The rows the captured statements read, each command in its own transaction as pgbench runs
    /// it.</summary>
    private static async Task<long> RowsReadAsync(Options options, IReadOnlyList<string> statements)
    {
        await using var connection = new NpgsqlConnection(options.AppConnection);
        await connection.OpenAsync();
        long rows = 0;
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await using var reader = await command.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync()) rows++;
            }
            while (await reader.NextResultAsync());
        }
        return rows;
    }

    /// <summary>Whether both servers answer without errors and agree, and the floor's script runs; prints what was
    /// compared.</summary>
    private static async Task<bool> CheckAsync(HttpClient http, Options options, VersusQuery query, string script)
    {
        var token = await SignInAsync(http, options);
        var gateway = JsonNode.Parse(await PostAsync(http, GraphQLUri(options.Gateway), GatewayBody(options, query),
            token))!;
        var postGraphile = JsonNode.Parse(await PostAsync(http, new Uri(options.PostGraphile),
            PostGraphileBody(options, query)))!;
        if (gateway["errors"] is not null || postGraphile["errors"] is not null)
        {
            Console.Error.WriteLine($"{query.Name}: an answer has errors.\nGateway: {gateway}\n"
                + $"PostGraphile: {postGraphile}");
            return false;
        }
        var (expected, actual) = (query.Fingerprint(gateway["data"]!, true),
            query.Fingerprint(postGraphile["data"]!, false));
        if (expected != actual)
        {
            Console.Error.WriteLine($"{query.Name}: Gateway and PostGraphile disagree.\nGateway:      {expected}\n"
                + $"PostGraphile: {actual}");
            return false;
        }
        var floor = await RunAsync(options.Pgbench, [.. PgbenchConnection(options.AppConnection), "-n", "-t", "1", "-f",
            script]);
        Console.WriteLine($"{query.Name} ({query.Description}): both answer "
            + $"{(expected.Length > 150 ? expected[..150] + "…" : expected)}; the floor's "
            + $"{File.ReadLines(script).Count(l => l.EndsWith(';') && !l.EndsWith("\\;"))} commands run ("
            + $"{floor.Split('\n').FirstOrDefault(l => l.StartsWith("number of failed", StringComparison.Ordinal))
                ?? "ok"}).");
        return true;
    }

    private static async Task<Segment> LoadAsync(HttpClient http, Options options, VersusQuery query, Server server,
        string script, int seconds)
    {
        if (server == Server.Floor) return await PgbenchAsync(options, query, script, seconds);
        var (url, body, headers) = server == Server.Gateway
            ? (GraphQLUri(options.Gateway), GatewayBody(options, query),
                new JsonObject { ["authorization"] = "Bearer " + await SignInAsync(http, options) })
            : (new Uri(options.PostGraphile), PostGraphileBody(options, query), new JsonObject());
        // The answer every request of the segment must get: the one the check compared.
        var expected = await PostAsync(http, url, body, headers["authorization"]?.GetValue<string>()[7..]);
        var spec = Path.Combine(options.Work, $"{query.Name}-{server}.json");
        await File.WriteAllTextAsync(spec, new JsonObject
        {
            ["url"] = url.ToString(), ["body"] = body, ["headers"] = headers, ["expectBody"] = expected,
            ["connections"] = options.Connections, ["duration"] = seconds,
        }.ToJsonString());
        var output = JsonNode.Parse(await RunAsync(options.Node, [options.LoadScript, spec]))!;
        return new(output["requests"]!.GetValue<long>(), output["errors"]!.GetValue<long>(),
            output["seconds"]!.GetValue<double>(),
            [.. output["latencies"]!.AsArray().Select(l => l!.GetValue<double>())]);
    }

    /// <summary>pgbench on the captured statements, <c>-c connections -j 2</c>, each transaction's latency logged to
    /// the work directory and read back.</summary>
    private static async Task<Segment> PgbenchAsync(Options options, VersusQuery query, string script, int seconds)
    {
        var prefix = Path.Combine(options.Work, $"pgbench-{query.Name}-{Guid.NewGuid():N}");
        var output = await RunAsync(options.Pgbench, [.. PgbenchConnection(options.AppConnection), "-n", "-c",
            options.Connections.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T",
            seconds.ToString(CultureInfo.InvariantCulture), "-f", script, "-l", "--log-prefix", prefix]);
        var latencies = new List<double>();
        foreach (var log in Directory.GetFiles(options.Work, Path.GetFileName(prefix) + "*"))
        {
            // client_id transaction_no time script_no time_epoch time_us, time in µs.
            foreach (var line in File.ReadLines(log))
                latencies.Add(long.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture) / 1000.0);
            File.Delete(log);
        }
        var failed = output.Split('\n').FirstOrDefault(l => l.StartsWith("number of failed", StringComparison.Ordinal))
            is { } summary && !summary.Contains(": 0 ", StringComparison.Ordinal) ? 1 : 0;
        return new(latencies.Count, failed, seconds, latencies);
    }

    private static void PrintTable(Options options, Dictionary<(string, Server), List<Segment>> results,
        string loadBefore)
    {
        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {MemoryGiB():F1} GiB; load "
            + $"average {loadBefore} before, {LoadAverage()} after.");
        Console.WriteLine($"Data: {Measured.Offices:N0} offices, {Measured.Grids:N0} grids, {Measured.People:N0} "
            + $"people, {Count(options, "FieldWorkEvents"):N0} field-work entries on PostgreSQL "
            + $"{Scalar(options, "SHOW server_version")}; {options.Connections} connections, 2 × {options.Duration} s "
            + "per server and query, alternating (G, P, F, F, P, G).");
        Console.WriteLine($"Targets: Gateway ≥ {TargetOverPostGraphile}× PostGraphile's req/s and ≥ "
            + $"{TargetOverFloor:P0} of the floor's (pgbench on the SQL Gateway sends).");
        Console.WriteLine();
        Console.WriteLine($"{"query",-6}{"server",-14}{"req/s",10}{"p50 ms",10}{"p95 ms",10}{"p99 ms",10}"
            + $"{"G ÷ P",10}{"G ÷ floor",12}");
        foreach (var query in Queries)
        {
            var rates = new Dictionary<Server, double>();
            foreach (var server in Enum.GetValues<Server>())
            {
                var segments = results[(query.Name, server)];
                var latencies = segments.SelectMany(s => s.Latencies).Order().ToList();
                rates[server] = segments.Sum(s => s.Requests) / segments.Sum(s => s.Seconds);
                Console.WriteLine($"{(server == Server.Gateway ? query.Name : ""),-6}{Label(server),-14}"
                    + $"{rates[server],10:N0}{Percentile(latencies, 50),10:F1}{Percentile(latencies, 95),10:F1}"
                    + $"{Percentile(latencies, 99),10:F1}");
            }
            var (overPostGraphile, overFloor) = (rates[Server.Gateway] / rates[Server.PostGraphile],
                rates[Server.Gateway] / rates[Server.Floor]);
            Console.WriteLine($"{"",-6}{"ratios",-14}{"",40}{overPostGraphile,9:F2}{Mark(overPostGraphile,
                TargetOverPostGraphile)}{overFloor,11:F2}{Mark(overFloor, TargetOverFloor)}");
        }
        Console.WriteLine("(✓ target met, ✗ missed)");
    }

    private static string Mark(double ratio, double target) => ratio >= target ? "✓" : "✗";

    private static string Label(Server server) => server switch
    {
        Server.Gateway => "Gateway",
        Server.PostGraphile => "PostGraphile",
        _ => "SQL floor",
    };

    private static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

    private static string GatewayBody(Options options, VersusQuery query) => new JsonObject
    {
        ["query"] = File.ReadAllText(Path.Combine(options.Documents, $"{query.Name}.gateway.graphql")),
        ["variables"] = query.GatewayVariables.DeepClone(),
    }.ToJsonString();

    private static string PostGraphileBody(Options options, VersusQuery query) => new JsonObject
    {
        ["query"] = File.ReadAllText(Path.Combine(options.Documents, $"{query.Name}.postgraphile.graphql")),
        ["variables"] = query.PostGraphileVariables.DeepClone(),
    }.ToJsonString();

    private static Uri GraphQLUri(string server) => new(new Uri(server), "/graphql");

    private static async Task<string> SignInAsync(HttpClient http, Options options)
    {
        using var response = await http.PostAsync(new Uri(new Uri(options.Gateway), "/connect/token"),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = CityGenerator.ClientId,
                ["client_secret"] = CityGenerator.ClientId + "-secret", ["scope"] = "gateway",
            }));
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(body)!["access_token"]!.GetValue<string>()
            : throw new InvalidOperationException($"Signing in failed: {(int)response.StatusCode} {body}");
    }

    private static async Task<string> PostAsync(HttpClient http, Uri url, string body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? answer
            : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {answer}");
    }

    /// <summary>pgbench's connection options from the Npgsql connection string (a password goes through
    /// PGPASSWORD).</summary>
    private static string[] PgbenchConnection(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Password is { } password) Environment.SetEnvironmentVariable("PGPASSWORD", password);
        return ["-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U",
            builder.Username ?? Environment.UserName, builder.Database ?? "postgres"];
    }

    private static async Task<string> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output + await error
            : throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}{await output}");
    }

    private static long Count(Options options, string table) =>
        Convert.ToInt64(Scalar(options, $"SELECT count(*) FROM \"{table}\""), CultureInfo.InvariantCulture);

    private static string Scalar(Options options, string sql)
    {
        using var connection = new NpgsqlConnection(options.Connection);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static string CpuModel() => File.ReadLines("/proc/cpuinfo")
        .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        ?? "CPU model unknown";

    private static double MemoryGiB() => File.ReadLines("/proc/meminfo")
        .Where(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture))
        .FirstOrDefault() / 1024.0 / 1024.0;

    private static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string Required(string[] args, string name) =>
        CommandLine.Value(args, name) ?? throw new ArgumentException($"{name} is required.");
}

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Benchmarks;

/// <summary>
/// Times connection queries through GraphQL (HTTP, token, validation, filtering, paging, serialisation) against the
/// same page served by a hand-written endpoint (HTTP, token, hand-written EF, JSON) and fetched by the hand-written EF
/// query alone, in the same process, on the demo county plus generated field work; prints medians, p95s and the
/// ratios.
/// Usage: <c>bench/run.sh [--rows 100000] [--warmup 20] [--iterations 200]</c>; <c>bench/run.sh statistics …</c> runs
/// <see cref="StatisticsBenchmark"/> instead, <c>bench/run.sh generate …</c> <see cref="GenerateCommand"/> and
/// <c>bench/run.sh versus-postgraphile …</c> <see cref="VersusPostGraphile"/>.
/// </summary>
internal static class BenchmarkCommand
{
    private const double TargetRatio = 1.4;

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case StatisticsBenchmark.Verb: return await StatisticsBenchmark.RunAsync(args);
            case GenerateCommand.Verb: return await GenerateCommand.RunAsync(args);
            case VersusPostGraphile.Verb: return await VersusPostGraphile.RunAsync(args);
        }
        var generatedRows = Option(args, "--rows", 100_000);
        var warmup = Option(args, "--warmup", 20);
        var iterations = Option(args, "--iterations", 200);

        // WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the working
        // directory.
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        await using var host = new BenchmarkHost();
        _ = host.Server; // Migrates and seeds the demo county.
        var started = Stopwatch.GetTimestamp();
        await host.AsSystemAsync(async db =>
        {
            await FieldWorkGenerator.InsertAsync(db, generatedRows, new Random(2026));
            return true;
        });
        Console.WriteLine(
            $"Generated {generatedRows:N0} field-work rows in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s.");
        Console.WriteLine(await host.AsSystemAsync(async db =>
            $"Dataset: {await db.FieldWorkEvents.CountAsync():N0} field-work events, " +
            $"{await db.People.CountAsync():N0} people, " +
            $"{await db.Grids.CountAsync():N0} grids, {await db.OrgUnits.CountAsync():N0} org units."));
        Console.WriteLine($"Warm-up {warmup}, then {iterations} iterations per variant, rotating which goes first.");
        Console.WriteLine();

        using var http = await host.CreateSignedInClientAsync();
        Console.WriteLine($"{"scenario",-44} {"variant",-10} {"rows",5} {"median ms",10} {"p95 ms",8}");
        var aboveTarget = false;
        foreach (var scenario in Scenario.All)
        {
            var expected = await host.AsBureauAsync(scenario.Ef);
            var rows = await CheckGraphQLAsync(http, scenario, expected);
            if (rows is null || !await CheckEndpointAsync(http, scenario, expected)) return 1;

            Func<Task>[] variants =
            [
                () => PostAsync(http, scenario),
                () => GetEndpointAsync(http, scenario),
                () => host.AsBureauAsync(scenario.Ef),
            ];
            var times = variants.Select(_ => new List<double>()).ToArray();
            for (var i = 0; i < warmup + iterations; i++)
            {
                // Rotating which goes first spreads GC pauses, JIT tiering and cache effects over every variant.
                for (var k = 0; k < variants.Length; k++)
                {
                    var v = (i + k) % variants.Length;
                    var elapsed = await TimeAsync(variants[v]);
                    if (i >= warmup) times[v].Add(elapsed);
                }
            }

            var (graphQL, endpoint, ef) = (Summarise(times[0]), Summarise(times[1]), Summarise(times[2]));
            var endpointRatio = graphQL.Median / endpoint.Median;
            aboveTarget |= endpointRatio > TargetRatio;
            Console.WriteLine(
                $"{scenario.Name,-44} {"GraphQL",-10} {rows,5} {graphQL.Median,10:F2} {graphQL.P95,8:F2}");
            Console.WriteLine(
                $"{"",-44} {"endpoint",-10} {expected.Ids.Count,5} {endpoint.Median,10:F2} {endpoint.P95,8:F2}");
            Console.WriteLine($"{"",-44} {"EF",-10} {expected.Ids.Count,5} {ef.Median,10:F2} {ef.P95,8:F2}");
            Console.WriteLine(
                $"{"",-44} {"÷endpoint",-10} {"",5} {endpointRatio,10:F2} {graphQL.P95 / endpoint.P95,8:F2}" +
                (endpointRatio > TargetRatio ? $"  <-- median ratio above the {TargetRatio} target" : ""));
            Console.WriteLine(
                $"{"",-44} {"÷EF",-10} {"",5} {graphQL.Median / ef.Median,10:F2} {graphQL.P95 / ef.P95,8:F2}");
        }
        Console.WriteLine();
        Console.WriteLine(aboveTarget
            ? $"Target missed: a GraphQL ÷ hand-written endpoint median ratio exceeds {TargetRatio}."
            : $"Target met: every GraphQL ÷ hand-written endpoint median ratio is at most {TargetRatio}.");
        return 0;
    }

    /// <summary>Whether the hand-written endpoint answers with the EF page; prints the mismatch otherwise.</summary>
    private static async Task<bool> CheckEndpointAsync(HttpClient http, Scenario scenario, EfPage expected)
    {
        var body = await GetEndpointAsync(http, scenario);
        if (body == expected.Body) return true;
        Console.Error.WriteLine($"""

            !!! MISMATCH in "{scenario.Name}": the hand-written endpoint and EF disagree.
            Endpoint: {body}
            EF:       {expected.Body}
            """);
        return false;
    }

    private static async Task<string> GetEndpointAsync(HttpClient http, Scenario scenario)
    {
        using var response = await http.GetAsync($"{HandWrittenEndpoint.Prefix}/{scenario.Slug}");
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? body
            : throw new InvalidOperationException(
                $"The hand-written endpoint answered {(int)response.StatusCode}: {body}");
    }

    /// <summary>
    /// Whether GraphQL answers without errors and with the same page as EF; returns the row count, or null after
    /// printing the mismatch.
    /// </summary>
    private static async Task<int?> CheckGraphQLAsync(HttpClient http, Scenario scenario, EfPage expected)
    {
        var body = await PostAsync(http, scenario);
        var json = JsonNode.Parse(body);
        var connection = json?["data"]?[scenario.Connection];
        var ids = connection?["nodes"]?.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var hasNextPage = connection?["pageInfo"]?["hasNextPage"]?.GetValue<bool>();
        if (json?["errors"] is null && ids is not null && ids.SequenceEqual(expected.Ids)
            && hasNextPage == expected.HasNextPage)
            return ids.Count;

        Console.Error.WriteLine($"""

            !!! MISMATCH in "{scenario.Name}": GraphQL and EF disagree, figures would be meaningless.
            GraphQL: {body}
            EF:      {expected.Body}
            """);
        return null;
    }

    private static async Task<string> PostAsync(HttpClient http, Scenario scenario)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = scenario.GraphQLQuery }.ToJsonString(),
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? body
            : throw new InvalidOperationException($"GraphQL answered {(int)response.StatusCode}: {body}");
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static (double Median, double P95) Summarise(List<double> times)
    {
        times.Sort();
        var middle = times.Count / 2;
        var median = times.Count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
        var p95 = times[(int)Math.Ceiling(0.95 * times.Count) - 1]; // Nearest rank.
        return (median, p95);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0
            ? value
            : fallback;
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Benchmarks;

/// <summary>
/// Times connection queries through GraphQL (HTTP, auth, validation, filtering, paging, serialisation) against the same page
/// fetched by hand-written EF in the same process, on the demo county plus generated field work, and prints median and p95.
/// Usage: <c>bench/run.sh [--rows 100000] [--warmup 20] [--iterations 200]</c>.
/// </summary>
internal static class BenchmarkCommand
{
    private const double TargetRatio = 1.4;

    public static async Task<int> Main(string[] args)
    {
        var generatedRows = Option(args, "--rows", 100_000);
        var warmup = Option(args, "--warmup", 20);
        var iterations = Option(args, "--iterations", 200);

        // WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the working directory.
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        await using var host = new BenchmarkHost();
        _ = host.Server; // Migrates and seeds the demo county.
        var started = Stopwatch.GetTimestamp();
        await host.AsSystemAsync(async db => { await FieldWorkGenerator.InsertAsync(db, generatedRows, new Random(2026)); return true; });
        Console.WriteLine($"Generated {generatedRows:N0} field-work rows in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s.");
        Console.WriteLine(await host.AsSystemAsync(async db =>
            $"Dataset: {await db.FieldWorkEvents.CountAsync():N0} field-work events, {await db.People.CountAsync():N0} people, " +
            $"{await db.Grids.CountAsync():N0} grids, {await db.OrgUnits.CountAsync():N0} org units."));
        Console.WriteLine($"Warm-up {warmup}, then {iterations} iterations per variant, alternating which goes first.");
        Console.WriteLine();

        using var http = await host.CreateSignedInClientAsync();
        Console.WriteLine($"{"scenario",-44} {"variant",-8} {"rows",5} {"median ms",10} {"p95 ms",8}");
        var aboveTarget = false;
        foreach (var scenario in Scenario.All)
        {
            var expected = await host.AsBureauAsync(scenario.Ef);
            var rows = await CheckGraphQLAsync(http, scenario, expected);
            if (rows is null) return 1;

            var graphQLTimes = new List<double>();
            var efTimes = new List<double>();
            for (var i = 0; i < warmup + iterations; i++)
            {
                // Alternating the order spreads GC pauses, JIT tiering and cache effects over both variants.
                var graphQLFirst = i % 2 == 0;
                var (first, second) = graphQLFirst
                    ? (await TimeAsync(() => PostAsync(http, scenario)), await TimeAsync(() => host.AsBureauAsync(scenario.Ef)))
                    : (await TimeAsync(() => host.AsBureauAsync(scenario.Ef)), await TimeAsync(() => PostAsync(http, scenario)));
                if (i < warmup) continue;
                graphQLTimes.Add(graphQLFirst ? first : second);
                efTimes.Add(graphQLFirst ? second : first);
            }

            var (graphQLMedian, graphQLP95) = Summarise(graphQLTimes);
            var (efMedian, efP95) = Summarise(efTimes);
            var medianRatio = graphQLMedian / efMedian;
            aboveTarget |= medianRatio > TargetRatio;
            Console.WriteLine($"{scenario.Name,-44} {"GraphQL",-8} {rows,5} {graphQLMedian,10:F2} {graphQLP95,8:F2}");
            Console.WriteLine($"{"",-44} {"EF",-8} {expected.Ids.Count,5} {efMedian,10:F2} {efP95,8:F2}");
            Console.WriteLine($"{"",-44} {"ratio",-8} {"",5} {medianRatio,10:F2} {graphQLP95 / efP95,8:F2}" +
                (medianRatio > TargetRatio ? $"  <-- median ratio above the {TargetRatio} target" : ""));
        }
        Console.WriteLine();
        Console.WriteLine(aboveTarget ? $"Target missed: a GraphQL/EF median ratio exceeds {TargetRatio}." : $"Target met: every GraphQL/EF median ratio is at most {TargetRatio}.");
        return 0;
    }

    /// <summary>Whether GraphQL answers without errors and with the same page as EF; returns the row count, or null after printing the mismatch.</summary>
    private static async Task<int?> CheckGraphQLAsync(HttpClient http, Scenario scenario, EfPage expected)
    {
        var body = await PostAsync(http, scenario);
        var json = JsonNode.Parse(body);
        var connection = json?["data"]?[scenario.Connection];
        var ids = connection?["nodes"]?.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var hasNextPage = connection?["pageInfo"]?["hasNextPage"]?.GetValue<bool>();
        if (json?["errors"] is null && ids is not null && ids.SequenceEqual(expected.Ids) && hasNextPage == expected.HasNextPage)
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
            Content = new StringContent(new JsonObject { ["query"] = scenario.GraphQLQuery }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"GraphQL answered {(int)response.StatusCode}: {body}");
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> work)
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
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
    }
}

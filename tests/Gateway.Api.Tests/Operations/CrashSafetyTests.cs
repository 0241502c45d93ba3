using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Operations;

/// <summary>
/// The service, started as its own process over a copy of the demo county, is killed (SIGKILL) in the middle of a
/// write load. Started again, the database is intact, the audit chain holds and every write it acknowledged is there.
/// </summary>
public sealed class CrashSafetyTests
{
    private const string Url = "http://127.0.0.1:5122";

    /// <summary>What the service wrote, for the message of a failure.</summary>
    private static readonly ConcurrentQueue<string?> Output = new();

    [SqliteFact("SQLite's own durability (WAL, integrity check); PostgreSQL's is the server's")]
    public async Task A_process_killed_mid_write_load_restarts_on_an_intact_database_with_every_acknowledged_write()
    {
        var database = TestDatabases.CopyOfSeededTemplate();
        try
        {
            var (grid, address) = await PlaceInNanjingAsync(database);
            var acknowledged = new ConcurrentDictionary<string, string>();
            var service = Start(database);
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(30) };
                await WaitUntilReadyAsync(http, service);
                http.DefaultRequestHeaders.Authorization =
                    new AuthenticationHeaderValue("Bearer", await TokenAsync(http));

                using var stop = new CancellationTokenSource();
                var writers = Enumerable.Range(0, 4)
                    .Select(writer => WriteUntilKilledAsync(http, writer, grid, address, acknowledged, stop.Token))
                    .ToArray();
                while (acknowledged.Count < 20 && !writers.All(w => w.IsCompleted)) await Task.Delay(50);
                Assert.True(acknowledged.Count >= 20,
                    "The service acknowledged too few writes:\n" + string.Join('\n', Output.TakeLast(10)));
                service.Kill();
                await service.WaitForExitAsync();
                await stop.CancelAsync();
                await Task.WhenAll(writers);
            }
            finally
            {
                // A test that failed before the kill leaves no service behind.
                if (!service.HasExited) service.Kill(entireProcessTree: true);
                service.Dispose();
            }

            Assert.Equal("ok", await IntegrityCheckAsync(database));
            // Started again in this process: migrations, the chain's checkpoint file and the seeded keys as before.
            await using var restarted = new GatewayApiFactory(database, ownsDatabase: false);
            _ = restarted.Server;
            await using var scope = restarted.Services.CreateAsyncScope();
            var chain = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>()
                .VerifyAsync(CancellationToken.None);
            Assert.True(chain.Verified, chain.Reason);
            var stored = await restarted.WithDbAsync(db => db.Residents.AsNoTracking()
                .Where(r => r.Name.StartsWith("崩溃测试")).ToDictionaryAsync(r => r.IdNumber, r => r.Name));
            Assert.All(acknowledged, write => Assert.Equal(write.Value, stored.GetValueOrDefault(write.Key)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestDatabases.Delete(database);
        }
    }

    /// <summary>Creates residents one after another until the service dies; records those it answered.</summary>
    private static async Task WriteUntilKilledAsync(HttpClient http, int writer, long grid, long address,
        ConcurrentDictionary<string, string> acknowledged, CancellationToken stop)
    {
        for (var sequence = 0; !stop.IsCancellationRequested && sequence < 1000; sequence++)
        {
            var name = $"崩溃测试{writer}-{sequence}";
            var idNumber = Staffing.ResidentId(new DateOnly(1980, 1, 1).AddDays(writer * 1000 + sequence),
                $"{writer}{sequence % 100:00}");
            try
            {
                using var response = await http.PostAsJsonAsync("/graphql", new
                {
                    query = "mutation($input: CreateResidentInput!) { createResident(input: $input) { resident { id } "
                        + "errors { ... on Error { code } } } }",
                    variables = new
                    {
                        input = new
                        {
                            gridId = Staffing.Id("Grid", grid), addressId = Staffing.Id("StandardAddress", address),
                            name, idNumber, registration = "FLOATING", mentalHealthRisk = false,
                        },
                    },
                }, stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                // An answer with an error (a busy database on a loaded machine) acknowledges nothing.
                if (JsonNode.Parse(body)?["data"]?["createResident"]?["resident"]?["id"] is not null)
                    acknowledged[idNumber] = name;
                else Output.Enqueue(body);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException
                or System.Text.Json.JsonException)
            {
                return; // The service is gone: this write was never acknowledged.
            }
        }
    }

    private static Process Start(string database)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var output = RepositoryFiles.PathOf("api", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(output, "Gateway.Api.dll")])
        {
            WorkingDirectory = output, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = GatewayApiFactory.EnvironmentName;
        // Plain variables override appsettings.json, which names its own address.
        start.Environment["Urls"] = Url;
        start.Environment["ConnectionStrings__Gateway"] = TestDatabases.ConnectionStringFor(database);
        start.Environment["Security__SigningCertificate__Path"] = TestDatabases.SigningCertificatePath;
        start.Environment["Security__SigningCertificate__Password"] = TestDatabases.SigningCertificatePassword;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Output.Enqueue(line.Data);
        process.ErrorDataReceived += (_, line) => Output.Enqueue(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process service)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(service.HasExited, "The service stopped while starting:\n" + string.Join('\n', Output));
            try
            {
                using var ready = await http.GetAsync("/readyz");
                if (ready.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        Assert.Fail("The service did not become ready:\n" + string.Join('\n', Output.TakeLast(30)));
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = "demo-nanjing",
                ["client_secret"] = "demo-nanjing-secret", ["scope"] = "gateway",
            }));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    private static async Task<(long Grid, long Address)> PlaceInNanjingAsync(string database)
    {
        await using var connection = new SqliteConnection(TestDatabases.ConnectionStringFor(database));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.GridId, a.Id FROM StandardAddresses a JOIN Grids g ON g.Id = a.GridId "
            + "JOIN OrgUnits u ON u.Id = g.OwnerUnitId WHERE u.Code = 'nanjing' ORDER BY a.Id LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<string?> IntegrityCheckAsync(string database)
    {
        await using var connection = new SqliteConnection(TestDatabases.ConnectionStringFor(database)
            + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string?)await command.ExecuteScalarAsync();
    }
}

using System.Collections.Concurrent;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Check 28: graph types are singletons and the batch loader, DbContext and tenant scope are per request; two tenants
/// asking at the same time over one app must each get exactly what they get alone.
/// </summary>
[Collection(IsolationScenariosCollection.Name)]
public sealed class ConcurrentTenantRequestTests(IsolationWorld world)
{
    private const int Requests = 40;

    /// <summary>Root lists, to-one and to-many relations at two levels: every per-request cache and batch is
    /// exercised.</summary>
    private const string Query = """
        {
          personnel(first: 100) {
            totalCount nodes { id unit { id } assignments(first: 20) { nodes { id person { id } grid { id } } } }
          }
          grids(first: 100) {
            totalCount
            nodes {
              id office { id } residents(first: 20) { nodes { id } }
              mediationCases(first: 20) { nodes { id grid { id } } }
            }
          }
          tips(first: 100) { totalCount nodes { id receivedBy { id } informant { id } } }
        }
        """;

    [Fact]
    public async Task Interleaved_requests_of_two_tenants_each_get_only_their_own_rows()
    {
        string[] tenants = ["demo-nanjing", "demo-longxiang"];
        var clients = tenants.ToDictionary(t => t, world.Client);
        var alone = new Dictionary<string, string>();
        foreach (var tenant in tenants)
        {
            var response = await clients[tenant].PostAsync(Query);
            response.AssertSuccess();
            alone[tenant] = response.Body;
        }
        Assert.NotEqual(alone[tenants[0]], alone[tenants[1]]);

        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, Requests).Select(i => Task.Run(async () =>
        {
            start.Wait();
            var tenant = tenants[i % 2];
            return (tenant, response: await clients[tenant].PostAsync(Query));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(tasks);

        var problems = new ConcurrentQueue<string>();
        foreach (var (tenant, response) in results)
        {
            if (response.Body != alone[tenant])
                problems.Enqueue(
                    $"{tenant}: the answer under load differs from the answer " +
                    $"alone: {MatrixChecks.Short(response.Body)}");
            await MatrixChecks.CheckIdsInScopeAsync(world, world.Principal(tenant), response.Data, tenant, problems);
        }
        MatrixChecks.AssertNone(problems, $"{Requests} interleaved requests");
    }
}

using Gateway.Api.FieldWork;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Conventions;

/// <summary>
/// Filtering, sorting and paging run in the database, and a nested filtered query costs the same fixed number of SQL
/// commands with 10 or 1,000 more rows behind it.
/// </summary>
[Collection(QueryCostCollection.Name)]
public sealed class SqlPushdownTests
{
    private const string Query = """
        { fieldWork(first: 20, where: { count: { gte: 1 }, person: { kind: { eq: GRID_WORKER } } }, order: [{ occurredAt: DESC }]) {
            totalCount nodes { kind person { name assignments { grid { code } } } } } }
        """;

    [Fact]
    public async Task A_filtered_sorted_nested_page_costs_five_commands_at_10_and_at_1000_more_rows()
    {
        await using var county = new GatewayApiFactory();
        var client = county.CreateGraphQLClient();
        await client.QueryAsync(Query); // the first request pays for token and model warm-up

        await AddFieldWorkAsync(county, 10);
        var at10 = await MeasureAsync(county, client);
        await AddFieldWorkAsync(county, 1_000);
        var at1000 = await MeasureAsync(county, client);

        // page + count + people batch + assignments batch + grids batch; the person condition is a subquery of the page.
        Assert.True(at10 == 5, Describe(county, at10));
        Assert.True(at1000 == 5, Describe(county, at1000));
    }

    [Fact]
    public async Task The_page_query_filters_sorts_and_limits_in_sql()
    {
        await using var county = new GatewayApiFactory();
        var client = county.CreateGraphQLClient();
        await client.QueryAsync(Query);

        county.SqlCommands.Reset();
        await client.QueryAsync(Query);
        var page = county.SqlCommands.Commands.First(c => c.Contains("FROM \"FieldWorkEvents\"") && c.Contains("LIMIT"));

        Assert.Contains("WHERE", page);
        Assert.Contains("EXISTS", page);
        Assert.Contains("ORDER BY", page);
        Assert.Contains("\"OccurredAt\" DESC", page);
        Assert.Contains("\"OwnerPath\"", page); // the tenant filter travels with it
    }

    private static async Task<int> MeasureAsync(GatewayApiFactory county, GraphQLClient client)
    {
        county.SqlCommands.Reset();
        await client.QueryAsync(Query);
        return county.SqlCommands.Count;
    }

    private static Task AddFieldWorkAsync(GatewayApiFactory county, int rows) => county.WithDbAsync(async db =>
    {
        var workers = await db.People.Where(p => p.Kind == PersonKind.GridWorker).Select(p => new { p.Id, p.OwnerUnitId }).ToListAsync();
        var start = new DateTime(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < rows; i++)
        {
            var worker = workers[i % workers.Count];
            db.FieldWorkEvents.Add(new FieldWorkEvent
            {
                PersonId = worker.Id, OwnerUnitId = worker.OwnerUnitId, Kind = FieldWorkKind.Patrol,
                OccurredAt = start.AddMinutes(i), Count = 1 + i % 20,
            });
        }
        await db.SaveChangesAsync();
    });

    private static string Describe(GatewayApiFactory county, int count) =>
        $"{count} SQL commands:\n" + string.Join("\n---\n", county.SqlCommands.Commands);
}

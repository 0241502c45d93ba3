using System.Text.RegularExpressions;
using Gateway.Api.FieldWork;
using Gateway.Api.Personnel;
using Gateway.Api.Requests;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Isolation;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.GraphQL.Loading;

/// <summary>
/// Filtering, sorting and paging run in the database, and a nested filtered query costs the same fixed number of SQL
/// commands with 10 or 1,000 more rows behind it.
/// </summary>
public sealed class SqlPushdownTests(GatewayApiFactory county) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => county.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Query = """
        { fieldWork(first: 20, where: { count: { gte: 1 }, person: { kind: { eq: GRID_WORKER } } },
            order: [{ occurredAt: DESC }]) {
            totalCount nodes { kind person { name assignments { nodes { grid { code } } } } } } }
        """;

    [Fact]
    public async Task A_filtered_sorted_nested_page_costs_three_commands_at_10_and_at_1000_more_rows()
    {
        var client = county.CreateGraphQLClient();
        await client.QueryAsync(Query); // the first request pays for token and model warm-up

        await AddFieldWorkAsync(county, 10);
        var at10 = await MeasureAsync(county, client);
        await AddFieldWorkAsync(county, 1_000);
        var at1000 = await MeasureAsync(county, client);

        // page (with each entry's person) + count + assignments pages (with each assignment's grid); the person
        // condition is a subquery of the page.
        Assert.True(at10 == 3, Describe(county, at10));
        Assert.True(at1000 == 3, Describe(county, at1000));
    }

    [Fact]
    public async Task The_page_query_filters_sorts_and_limits_in_sql()
    {
        var client = county.CreateGraphQLClient();
        await client.QueryAsync(Query);

        county.SqlCommands.Reset();
        await client.QueryAsync(Query);
        var page = county.SqlCommands.Commands
            .First(c => c.Contains("FROM \"FieldWorkEvents\"") && c.Contains("LIMIT"));

        Assert.Contains("WHERE", page);
        Assert.Contains("EXISTS", page);
        Assert.Contains("ORDER BY", page);
        Assert.Contains("\"OccurredAt\" DESC", page);
        // The tenant filter travels with it: for the county bureau, which sees nearly every row, as a prefix match read
        // in table order.
        Assert.Matches(@"""?\w+""?\.""OwnerPath"" (LIKE|ILIKE) @\w*TenantScanPrefix\w*", page);
        Assert.DoesNotContain("TenantRangeStart", page);
    }

    [Fact]
    public async Task Nothing_is_filtered_or_sorted_in_memory_the_page_reads_only_its_rows_from_the_database()
    {
        var client = county.CreateGraphQLClient();
        await AddFieldWorkAsync(county, 1_000);
        await client.QueryAsync(Query);

        county.SqlCommands.Reset();
        var data = await client.QueryAsync(Query);
        var reads = county.SqlCommands.Reads;

        Assert.True(data["fieldWork"]!["totalCount"]!.GetValue<int>() > 1_000);
        // The page's 20 rows, one more that tells a next page exists, and the read that finds the end; the count is one
        // row.
        Assert.Equal(20 + 1 + 1,
            reads.Single(r => r.Command.Contains("FROM \"FieldWorkEvents\"") && r.Command.Contains("LIMIT")).Reads);
        Assert.True(reads.Single(r => r.Command.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase)).Reads <= 2);
        Assert.All(reads, r => Assert.True(r.Reads <= 20 * 51 + 1, $"{r.Reads} reads of:\n{r.Command}"));
    }

    [Fact]
    public async Task Below_the_bureau_the_tenant_filter_is_a_range_on_the_owner_path()
    {
        var client = county.CreateGraphQLClient("demo-nanjing");
        await client.QueryAsync(Query);

        county.SqlCommands.Reset();
        await client.QueryAsync(Query);
        var page = county.SqlCommands.Commands
            .First(c => c.Contains("FROM \"FieldWorkEvents\"") && c.Contains("LIMIT"));

        // An index serves the range; a LIKE prefix could not.
        Assert.Matches(
            @"""?\w+""?\.""OwnerPath"" >= @\w*TenantRangeStart\w* AND ""?\w+""?\.""OwnerPath"" < @\w*TenantPathEnd\w*",
            page);
        Assert.DoesNotContain("LIKE", page);
    }

    /// <summary>Tables PostgreSQL reads whole for an office, and why; each is a defect to remove.</summary>
    private static readonly IReadOnlyDictionary<string, string> PostgresScansWhole = new Dictionary<string, string>
    {
        ["People"] = "the filter is the office's path OR a posting in scope OR a mediation membership in scope; "
            + "PostgreSQL combines no index with the sub-selects of an OR (SQLite does, MULTI-INDEX OR)",
    };

    [Fact]
    public async Task Every_tenant_filtered_table_is_searched_through_its_path_index_for_an_office()
    {

        var plans = await county.AsUnitAsync("nanjing", async db =>
        {
            var filtered = db.Model.GetEntityTypes()
                .Where(t => TenantOwnership.Of(t.ClrType).IsTenantOwned)
                .ToList();
            var plans = new Dictionary<string, (string Table, string Column, string Plan)>();
            await db.Database.OpenConnectionAsync();
            foreach (var type in filtered)
            {
                var column = TenantOwnership.Of(type.ClrType).PathProperty!;
                var set = (IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                    .MakeGenericMethod(type.ClrType).Invoke(db, null)!;
                var plan = await PlanAsync(db, set);
                // A type read through a query of its own (accounts) is searched through the units' path index.
                plans[type.GetTableName() ?? type.ClrType.Name] = type.GetTableName() is { } table
                    ? (table, column, plan)
                    : ("OrgUnits", "Path", plan);
            }
            return plans;
        });

        // 60 tenant-owned tables (the two field-work rollups, the staffing spans and the three of webhooks among them),
        // the org units, the audit records and the accounts
        Assert.Equal(63, plans.Count);
        var scans = plans
            .Where(p => !Regex.IsMatch(p.Value.Plan,
                $@"SEARCH \w+ USING (COVERING )?INDEX IX_{p.Value.Table}_{p.Value.Column}\w* " +
                $@"\({p.Value.Column}>\? AND {p.Value.Column}<\?\)") && !Regex.IsMatch(p.Value.Plan,
                $@"(Index (Only )?Scan using|Bitmap Index Scan on) ""?IX_{p.Value.Table}_{p.Value.Column}\w*""?" +
                $@"[\s\S]*Index Cond: [^\n]*""{p.Value.Column}""[^\n]* >= [^\n]*""{p.Value.Column}""[^\n]* < ")
                // a scope that may see none of the table: no scan at all
                && !p.Value.Plan.Contains("One-Time Filter: false", StringComparison.Ordinal))
            .Where(p => !(TestDatabases.OnPostgres && PostgresScansWhole.ContainsKey(p.Key)))
            .Select(p => $"{p.Key}:\n{p.Value.Plan}")
            .ToList();
        Assert.True(scans.Count == 0, "Not searched through the path index:\n" + string.Join("\n\n", scans));
    }

    [SqliteFact("PostgreSQL picks among indexes by its statistics of each table, and the demo county's few hundred "
        + "requests do not show what it picks for a city's")]
    public async Task A_periods_requests_and_their_steps_and_the_overdue_are_searched_through_indexes_of_their_own()
    {
        var (from, to) = (new DateTime(2026, 10, 1), new DateTime(2026, 11, 1));
        var plans = await county.AsUnitAsync("bureau", async db =>
        {
            await db.Database.OpenConnectionAsync();
            return new Dictionary<string, string>
            {
                ["ServiceRequests_DivertedAt"] = await PlanAsync(db, db.ServiceRequests
                    .Where(r => r.DivertedAt >= from && r.DivertedAt < to)
                    .Select(r => new { r.OwnerUnitId, r.Kind })),
                ["ServiceRequests_RepliedAt"] = await PlanAsync(db, db.ServiceRequests
                    .Where(r => r.RepliedAt >= from && r.RepliedAt < to)
                    .Select(r => new { r.OwnerUnitId, r.Deadline })),
                ["RequestChases_ChasedAt"] = await PlanAsync(db,
                    db.RequestChases.Where(c => c.ChasedAt >= from && c.ChasedAt < to)),
                ["RequestExtensions_DecidedAt"] = await PlanAsync(db,
                    db.RequestExtensions.Where(e => e.DecidedAt >= from && e.DecidedAt < to)),
                ["RequestScorings_ScoredAt"] = await PlanAsync(db,
                    db.RequestScorings.Where(s => s.ScoredAt >= from && s.ScoredAt < to)),
                ["ReturnVisits_VisitedAt"] = await PlanAsync(db,
                    db.ReturnVisits.Where(v => v.VisitedAt >= from && v.VisitedAt < to)),
                ["ServiceRequests_Stage_Deadline_OwnerPath_OwnerUnitId"] = await PlanAsync(db,
                    db.ServiceRequests.Where(ServiceRequest.OverdueAt(to)).GroupBy(r => r.OwnerUnitId)
                        .Select(g => new { g.Key, Count = g.Count() })),
            };
        });

        // The county's requests grow with every month; statistics of a month read that month's, and the overdue
        // are found among the requests not yet answered, and counted per unit from the index alone.
        foreach (var (index, plan) in plans) Assert.Contains("IX_" + index, plan);
        Assert.Contains("COVERING INDEX IX_ServiceRequests_Stage_Deadline_OwnerPath_OwnerUnitId",
            plans["ServiceRequests_Stage_Deadline_OwnerPath_OwnerUnitId"]);
    }

    /// <summary>How the database means to run a query. PostgreSQL's planner scans small tables whole however good the
    /// index: with scans priced out, a plan through an index shows the index serves the query.</summary>
    private static async Task<string> PlanAsync(DbContext db, IQueryable query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = db.Database.IsNpgsql()
            ? "SET enable_seqscan = off; EXPLAIN " + command.CommandText
            : "EXPLAIN QUERY PLAN " + command.CommandText;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(reader.FieldCount - 1));
        return string.Join("\n", plan);
    }

    private static async Task<int> MeasureAsync(GatewayApiFactory county, GraphQLClient client)
    {
        county.SqlCommands.Reset();
        await client.QueryAsync(Query);
        return county.SqlCommands.Count;
    }

    private static Task AddFieldWorkAsync(GatewayApiFactory county, int rows) => county.WithDbAsync(async db =>
    {
        var workers = await db.People.Where(p => p.Kind == PersonKind.GridWorker)
            .Select(p => new { p.Id, p.OwnerUnitId }).ToListAsync();
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

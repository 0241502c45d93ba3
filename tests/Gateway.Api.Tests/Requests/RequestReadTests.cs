using Gateway.Api.Requests;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Requests;

/// <summary>What reads compute from the deadline and the clock, what the seed holds, who sees callers in full, and
/// departments' performance against a recount.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class RequestReadTests(GatewayApiFactory factory)
{
    [Fact]
    public async Task Overdue_requests_are_the_open_ones_past_their_deadline_by_the_clock()
    {
        var now = DateTime.UtcNow;
        var expected = await factory.WithDbAsync(db => db.ServiceRequests
            .Where(r => r.Deadline < now && !ServiceRequest.Answered.Contains(r.Stage)).OrderBy(r => r.Id)
            .Select(r => r.Number).ToListAsync());

        var listed = await factory.CreateGraphQLClient().ReadAllAsync("overdueServiceRequests", "number overdue");
        var flagged = (await factory.CreateGraphQLClient().ReadAllAsync("serviceRequests", "number overdue"))
            .Where(r => r["overdue"]!.GetValue<bool>()).Select(r => r.Str("number"));

        Assert.True(expected.Count >= 16, $"{expected.Count} open requests are past their deadline; the seed has 16 "
            + "by its own 'today'.");
        Assert.Equal(expected, listed.Select(r => r.Str("number")));
        Assert.All(listed, r => Assert.True(r["overdue"]!.GetValue<bool>()));
        Assert.Equal(expected.Order(), flagged.Order());
    }

    [Fact]
    public async Task The_seed_follows_the_loop()
    {
        var (stages, deadlines, repliedLate, automatic) = await factory.WithDbAsync(async db => (
            await db.ServiceRequests.GroupBy(r => r.Stage).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.ServiceRequests.Where(r => r.DivertedAt != null)
                .Select(r => new { r.Kind, DivertedAt = r.DivertedAt!.Value, r.Deadline }).ToListAsync(),
            await db.ServiceRequests.CountAsync(r => r.RepliedAt > r.Deadline),
            await db.RequestChases.CountAsync(c => c.Automatic)));
        var rules = factory.Services.GetRequiredService<RequestDeadlines>();

        Assert.All(deadlines, d => Assert.Equal(rules.DeadlineOf(d.Kind, d.DivertedAt), d.Deadline));
        Assert.Equal(150, stages[RequestStage.Closed]);
        Assert.Equal(18, stages[RequestStage.PoliceMatter]);
        Assert.True(stages[RequestStage.Rejected] > 0 && stages[RequestStage.UnderReview] > 0);
        Assert.True(repliedLate > 0 && automatic > 0, "Some replies came late, and were chased.");
    }

    [Fact]
    public async Task The_committee_reads_callers_masked_and_the_bureau_in_full()
    {
        const string query = "{ serviceRequests(first: 20, order: [{ receivedAt: ASC }]) { nodes { callerName "
            + "callerPhone } } }";
        var stored = await factory.WithDbAsync(db => db.ServiceRequests.OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id)
            .Take(20).Select(r => new { r.CallerName, r.CallerPhone }).ToListAsync());

        var committee = (await factory.CreateGraphQLClient("demo-committee").QueryAsync(query))["serviceRequests"]!
            .Items("nodes");
        var bureau = (await factory.CreateGraphQLClient().QueryAsync(query))["serviceRequests"]!.Items("nodes");

        Assert.Equal(stored.Select(s => s.CallerName), bureau.Select(n => n.Str("callerName")));
        Assert.Equal(stored.Select(s => Gateway.Api.Security.Protection.Mask.Name(s.CallerName)),
            committee.Select(n => n.Str("callerName")));
        Assert.Equal(stored.Select(s => Gateway.Api.Security.Protection.Mask.Phone(s.CallerPhone!)),
            committee.Select(n => n.Str("callerPhone")));
        Assert.All(committee, n => Assert.DoesNotContain(stored, s => s.CallerName == n.Str("callerName")));
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳明华", "欧阳**")]
    [InlineData("王", "*")]
    [InlineData("欧阳", "欧*")]
    public void Names_keep_the_family_name(string name, string masked) =>
        Assert.Equal(masked, Gateway.Api.Security.Protection.Mask.Name(name));

    public static TheoryData<string> EveryDemoClient() => [.. Security.Isolation.IsolationWorld.ClientIds];

    /// <summary>Every demo client, the dashboard and the committee included: the figures count exactly the rows of its
    /// scope, or the caller without <c>requests.read</c> is refused.</summary>
    [Theory]
    [MemberData(nameof(EveryDemoClient))]
    public async Task Department_performance_matches_a_recount_of_the_callers_rows_or_is_refused(string clientId)
    {
        var (unitPath, permissions) = await factory.WithDbAsync(async db =>
        {
            var client = await db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId);
            return (client.OwnerPath, Api.Security.Roles.PermissionsOf(client.Roles));
        });
        const string Query =
            "{ departmentPerformance(year: 2026) { departmentId dispatched meanProcedure satisfiedShare } }";
        if (!permissions.Contains(Api.Security.Permissions.RequestsRead))
        {
            var refused = await factory.CreateGraphQLClient(clientId).PostAsync(Query);
            Assert.Null(refused.Data);
            Assert.Contains("ACCESS_DENIED", refused.ErrorCodes);
            return;
        }
        var from = new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc);
        var to = from.AddYears(1);
        var expected = await factory.WithDbAsync(async db => (
            Dispatched: await db.RequestDispatches.Where(d => d.OwnerPath.StartsWith(unitPath) && d.DispatchedAt >= from
                    && d.DispatchedAt < to).GroupBy(d => d.DepartmentId)
                .ToDictionaryAsync(g => g.Key, g => g.Count()),
            Scores: await db.RequestScorings.Where(s => s.OwnerPath.StartsWith(unitPath) && s.ScoredAt >= from
                    && s.ScoredAt < to).GroupBy(s => s.DepartmentId)
                .ToDictionaryAsync(g => g.Key, g => g.Average(s => (double)s.Procedure)),
            Satisfied: (await db.ReturnVisits.Where(v => v.OwnerPath.StartsWith(unitPath) && v.VisitedAt >= from
                    && v.VisitedAt < to).Join(db.ServiceRequests, v => v.RequestId, r => r.Id,
                    (v, r) => new { r.DepartmentId, v.Satisfied }).ToListAsync())
                .GroupBy(v => v.DepartmentId!.Value)
                .ToDictionary(g => g.Key, g => (double)g.Count(v => v.Satisfied) / g.Count())));

        var rows = (await factory.CreateGraphQLClient(clientId).QueryAsync(Query))
            ["departmentPerformance"]!.AsArray().Select(n => n!).ToList();

        Assert.Equal(expected.Dispatched.Count > 0, rows.Count > 0);
        foreach (var row in rows)
        {
            var id = JsonExtensions.RowId(row.Str("departmentId"), "ExternalOrganisation");
            Assert.Equal(expected.Dispatched.GetValueOrDefault(id), row["dispatched"]!.GetValue<int>());
            Assert.Equal(Rounded(expected.Scores.TryGetValue(id, out var mean) ? mean : null),
                Rounded(row["meanProcedure"]?.GetValue<double>()));
            Assert.Equal(Rounded(expected.Satisfied.TryGetValue(id, out var share) ? share : null),
                Rounded(row["satisfiedShare"]?.GetValue<double>()));
        }
        Assert.Equal(expected.Dispatched.Values.Sum(), rows.Sum(r => r["dispatched"]!.GetValue<int>()));
    }

    private static double? Rounded(double? value) => value is { } v ? Math.Round(v, 6) : null;
}

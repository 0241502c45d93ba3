using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

using Gateway.Api.GraphQL.Mapping;

namespace Gateway.Api.Tests.Mediation;

/// <summary>
/// A mediation case lists its own sessions and agreement, which point back at it, under its committee.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class MediationRelationTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task A_cases_sessions_and_agreement_are_its_own_rows_with_their_values()
    {
        var cases = await client.ReadAllAsync("mediationCases",
            "id caseNumber committee { id } sessions(first: 100) { totalCount nodes { id place case { id } } } " +
            "agreement { id terms performanceDeadline case { id } }", pageSize: 50);
        var stored = await factory.WithDbAsync(async db => (
            Cases: await db.MediationCases.OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.CaseNumber, c.CommitteeId }).ToListAsync(),
            Sessions: await db.MediationSessions.Select(s => new { s.Id, s.CaseId, s.Place }).ToListAsync(),
            Agreements: await db.MediationAgreements
                .Select(a => new { a.Id, a.CaseId, a.Terms, a.PerformanceDeadline }).ToListAsync()));

        Assert.Equal(stored.Cases.Select(c => GlobalId.Encode("MediationCase", c.Id)), cases.Select(c => c.Str("id")));
        Assert.Contains(cases, c => c.Nodes("sessions").Count > 1);
        Assert.Contains(cases, c => c["agreement"] is not null);
        Assert.Contains(cases, c => c["agreement"] is null);
        foreach (var (node, row) in cases.Zip(stored.Cases))
        {
            Assert.Equal(row.CaseNumber, node.Str("caseNumber"));
            Assert.Equal(GlobalId.Encode("MediationCommittee", row.CommitteeId), node.RefId("committee"));
            var sessions = stored.Sessions.Where(s => s.CaseId == row.Id).OrderBy(s => s.Id).ToList();
            Assert.Equal(sessions.Count, node["sessions"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(sessions.Select(s => GlobalId.Encode("MediationSession", s.Id)),
                node.Nodes("sessions").Select(s => s.Str("id")));
            Assert.Equal(sessions.Select(s => s.Place), node.Nodes("sessions").Select(s => s.Str("place")));
            Assert.All(node.Nodes("sessions"), s => Assert.Equal(node.Str("id"), s.RefId("case")));

            var agreement = stored.Agreements.SingleOrDefault(a => a.CaseId == row.Id);
            Assert.Equal(agreement is null ? null : GlobalId.Encode("MediationAgreement", agreement.Id),
                node.RefId("agreement"));
            if (agreement is null) continue;
            Assert.Equal(agreement.Terms, node["agreement"]!.Str("terms"));
            Assert.Equal(agreement.PerformanceDeadline.ToString("yyyy-MM-dd"),
                node["agreement"]!.Str("performanceDeadline"));
            Assert.Equal(node.Str("id"), node["agreement"]!.RefId("case"));
        }
    }
}

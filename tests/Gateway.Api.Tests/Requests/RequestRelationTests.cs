using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

using Gateway.Api.GraphQL.Mapping;

namespace Gateway.Api.Tests.Requests;

/// <summary>
/// A service request lists exactly its own reviews, chases and return visits, which point back at it.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class RequestRelationTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task A_requests_reviews_chases_and_return_visits_are_its_own_rows_with_their_values()
    {
        var requests = await client.ReadAllAsync("serviceRequests",
            "id number reviews(first: 50) { nodes { id level decision request { id } } } " +
            "chases(first: 50) { nodes { id chasedBy request { id } } } " +
            "returnVisits(first: 50) { nodes { id satisfied request { id } } }", pageSize: 50);
        var stored = await factory.WithDbAsync(async db => (
            Requests: await db.ServiceRequests.OrderBy(r => r.Id).Select(r => new { r.Id, r.Number }).ToListAsync(),
            Reviews: await db.RequestReviews
                .Select(r => new { r.Id, r.RequestId, r.Level, Decision = r.Decision.ToString() }).ToListAsync(),
            Chases: await db.RequestChases.Select(c => new { c.Id, c.RequestId, c.ChasedBy }).ToListAsync(),
            Visits: await db.ReturnVisits.Select(v => new { v.Id, v.RequestId, v.Satisfied }).ToListAsync()));

        Assert.Equal(stored.Requests.Select(r => GlobalId.Encode("ServiceRequest", r.Id)),
            requests.Select(r => r.Str("id")));
        Assert.Contains(requests, r => r.Nodes("reviews").Count > 1);
        Assert.Contains(requests, r => r.Nodes("chases").Count > 0);
        Assert.Contains(requests, r => r.Nodes("returnVisits").Count > 0);
        foreach (var (node, row) in requests.Zip(stored.Requests))
        {
            Assert.Equal(row.Number, node.Str("number"));
            var reviews = stored.Reviews.Where(r => r.RequestId == row.Id).OrderBy(r => r.Id).ToList();
            Assert.Equal(reviews.Select(r => GlobalId.Encode("RequestReview", r.Id)),
                node.Nodes("reviews").Select(r => r.Str("id")));
            Assert.Equal(reviews.Select(r => r.Level), node.Nodes("reviews").Select(r => r["level"]!.GetValue<int>()));
            Assert.Equal(reviews.Select(r => r.Decision.ToUpperInvariant()),
                node.Nodes("reviews").Select(r => r.Str("decision").Replace("_", "")));
            var chases = stored.Chases.Where(c => c.RequestId == row.Id).OrderBy(c => c.Id).ToList();
            Assert.Equal(chases.Select(c => GlobalId.Encode("RequestChase", c.Id)),
                node.Nodes("chases").Select(c => c.Str("id")));
            Assert.Equal(chases.Select(c => c.ChasedBy), node.Nodes("chases").Select(c => c.Str("chasedBy")));
            var visits = stored.Visits.Where(v => v.RequestId == row.Id).OrderBy(v => v.Id).ToList();
            Assert.Equal(visits.Select(v => GlobalId.Encode("ReturnVisit", v.Id)),
                node.Nodes("returnVisits").Select(v => v.Str("id")));
            Assert.Equal(visits.Select(v => v.Satisfied),
                node.Nodes("returnVisits").Select(v => v["satisfied"]!.GetValue<bool>()));
            foreach (var child in node.Nodes("reviews").Concat(node.Nodes("chases")).Concat(node.Nodes("returnVisits")))
                Assert.Equal(node.Str("id"), child.RefId("request"));
        }
    }
}

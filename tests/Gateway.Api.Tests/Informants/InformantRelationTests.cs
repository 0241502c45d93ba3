using System.Globalization;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

using Gateway.Api.GraphQL.Mapping;

namespace Gateway.Api.Tests.Informants;

/// <summary>
/// An informant lists its own handlings, tips and rewards, with the amounts and people the rows name.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class InformantRelationTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task An_informants_handlings_tips_and_rewards_are_its_own_rows_with_their_amounts()
    {
        var informants = await client.ReadAllAsync("informants",
            "id codeName handlings(first: 50) { nodes { id role person { id } informant { id } } } " +
            "tips(first: 100) { nodes { id useful receivedBy { id } informant { id } } } " +
            "rewards(first: 100) { nodes { id amount tip { id } informant { id } } }", pageSize: 20);
        var stored = await factory.WithDbAsync(async db => (
            Informants: await db.Informants.OrderBy(i => i.Id).Select(i => new { i.Id, i.CodeName }).ToListAsync(),
            Handlings: await db.InformantHandlings.Select(h => new { h.Id, h.InformantId, h.PersonId }).ToListAsync(),
            Tips: await db.Tips.Select(t => new { t.Id, t.InformantId, t.ReceivedById, t.Useful }).ToListAsync(),
            Rewards: await db.Rewards.Select(r => new { r.Id, r.InformantId, r.TipId }).ToListAsync(),
            Entries: (await db.RewardEntries.Select(e => new { e.RewardId, e.Amount }).ToListAsync())
                .ToLookup(e => e.RewardId, e => e.Amount ?? 0m)));

        Assert.Equal(stored.Informants.Select(i => GlobalId.Encode("Informant", i.Id)),
            informants.Select(i => i.Str("id")));
        Assert.Contains(informants, i => i.Nodes("handlings").Count > 1);
        Assert.Contains(informants, i => i.Nodes("rewards").Count > 0);
        foreach (var (node, row) in informants.Zip(stored.Informants))
        {
            Assert.Equal(row.CodeName, node.Str("codeName"));
            var handlings = stored.Handlings.Where(h => h.InformantId == row.Id).OrderBy(h => h.Id).ToList();
            Assert.Equal(handlings.Select(h => GlobalId.Encode("InformantHandling", h.Id)),
                node.Nodes("handlings").Select(h => h.Str("id")));
            Assert.Equal(handlings.Select(h => GlobalId.Encode("Person", h.PersonId)),
                node.Nodes("handlings").Select(h => h.RefId("person")));
            var tips = stored.Tips.Where(t => t.InformantId == row.Id).OrderBy(t => t.Id).ToList();
            Assert.Equal(tips.Select(t => GlobalId.Encode("Tip", t.Id)), node.Nodes("tips").Select(t => t.Str("id")));
            Assert.Equal(tips.Select(t => GlobalId.Encode("Person", t.ReceivedById)),
                node.Nodes("tips").Select(t => t.RefId("receivedBy")));
            Assert.Equal(tips.Select(t => t.Useful), node.Nodes("tips").Select(t => t["useful"]!.GetValue<bool>()));
            var rewards = stored.Rewards.Where(r => r.InformantId == row.Id).OrderBy(r => r.Id).ToList();
            Assert.Equal(rewards.Select(r => GlobalId.Encode("Reward", r.Id)),
                node.Nodes("rewards").Select(r => r.Str("id")));
            Assert.Equal(rewards.Select(r => stored.Entries[r.Id].Sum()),
                node.Nodes("rewards")
                    .Select(r => decimal.Parse(r["amount"]!.ToString(), CultureInfo.InvariantCulture)));
            Assert.Equal(rewards.Select(r => GlobalId.Encode("Tip", r.TipId)),
                node.Nodes("rewards").Select(r => r.RefId("tip")));
            foreach (var child in node.Nodes("handlings").Concat(node.Nodes("tips")).Concat(node.Nodes("rewards")))
                Assert.Equal(node.Str("id"), child.RefId("informant"));
        }
    }
}

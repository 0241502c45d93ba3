using System.Net;
using Gateway.Api.Registry;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Registry;

/// <summary>The demo county's registry holds the report's classified archives, with landlords, revisions and
/// key-person controls.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class RegistryDemoTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    private async Task<int> CountAsync(string connection, string where) =>
        (await client.QueryAsync($"{{ {connection}(where: {where}) {{ totalCount }} }}"))[connection]!["totalCount"]!
            .GetValue<int>();

    [Fact]
    public async Task The_county_holds_200_and_more_venues_of_the_reports_kinds()
    {
        var venues = new Dictionary<string, int>
        {
            ["HOTEL"] = 70, ["KTV"] = 20, ["INTERNET_CAFE"] = 9, ["FOOT_MASSAGE"] = 68, ["COURIER_OUTLET"] = 24,
        };
        foreach (var (category, count) in venues)
            Assert.Equal(count, await CountAsync("units", $"{{ category: {{ eq: {category} }} }}"));

        var all = await CountAsync("units", "{ category: { in: [HOTEL, KTV, INTERNET_CAFE, FOOT_MASSAGE, "
            + "COURIER_OUTLET, OTHER_VENUE] } }");
        Assert.True(all >= 200, $"{all} venues");
        Assert.Equal(95, await CountAsync("units", "{ category: { eq: KEY_UNIT } }"));
        Assert.Equal(20, await CountAsync("units", "{ category: { eq: KEY_LOCATION } }"));
        Assert.Equal(6, await CountAsync("units", "{ category: { eq: CONSTRUCTION_SITE } }"));
    }

    [Fact]
    public async Task Every_one_of_the_211_rentals_has_its_landlord_and_231_key_person_controls_are_on_file()
    {
        Assert.Equal(211, await CountAsync("houses", "{ use: { eq: RENTAL }, landlordName: { isNull: false } }"));
        Assert.Equal(0, await CountAsync("houses", "{ use: { eq: RENTAL }, landlordName: { isNull: true } }"));
        Assert.Equal(231, await CountAsync("keyPersonControls", "{ }"));
        Assert.Equal(0, await CountAsync("keyPersonControls", "{ resident: { keyPersonCategory: { isNull: true } } }"));
    }

    [Fact]
    public async Task Thirty_one_residents_carry_a_mental_health_risk_and_every_ID_number_is_indexed()
    {
        var (risks, unindexed) = await factory.WithDbAsync(async db => (
            // Encrypted: counted after decrypting, never in SQL.
            (await db.Residents.Select(r => r.MentalHealthRisk).ToListAsync()).Count(risk => risk),
            await db.Residents.CountAsync(r => r.IdNumberIndex == null)));

        Assert.Equal((31, 0), (risks, unindexed));
    }

    [Fact]
    public async Task Every_record_was_entered_and_every_later_write_is_a_revision_its_version_counts()
    {
        var records = await CountAsync("residents", "{ }") + await CountAsync("houses", "{ }")
            + await CountAsync("units", "{ }");
        var (addresses, unrevised, stale) = await factory.WithDbAsync(async db => (
            await db.StandardAddresses.CountAsync(),
            await db.Residents.CountAsync(r => db.RegistryRevisions.Count(v => v.ResidentId == r.Id) != r.Version + 1)
                + await db.Houses.CountAsync(h => db.RegistryRevisions.Count(v => v.HouseId == h.Id) != h.Version + 1)
                + await db.RegisteredUnits.CountAsync(u =>
                    db.RegistryRevisions.Count(v => v.RegisteredUnitId == u.Id) != u.Version + 1),
            await db.Residents.CountAsync(r => r.LastVerifiedAt < r.UpdatedAt || r.UpdatedAt < r.RecordedAt)));

        Assert.Equal(records + addresses, await CountAsync("registryRevisions", "{ reason: { eq: CREATED } }"));
        Assert.Equal(records + addresses, await CountAsync("registryRevisions", "{ number: { eq: 1 } }"));
        Assert.Equal((0, 0), (unrevised, stale));
        Assert.Equal(RegistryRecordKind.Resident.ToString(), (await factory.WithDbAsync(db =>
            db.RegistryRevisions.Where(r => r.ResidentId != null).Select(r => r.RecordKind).Distinct().SingleAsync()))
            .ToString());
    }

    [Fact]
    public async Task The_mental_health_flag_can_be_neither_filtered_nor_sorted_on()
    {
        var filtered =
            await client.PostAsync("{ residents(where: { mentalHealthRisk: { eq: true } }) { totalCount } }");
        var sorted = await client.PostAsync("{ residents(order: [{ mentalHealthRisk: DESC }]) { totalCount } }");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], [filtered.Status, sorted.Status]);
        Assert.All([filtered, sorted], r => Assert.Contains("mentalHealthRisk", r.Body));
    }
}

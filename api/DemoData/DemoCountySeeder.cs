using Gateway.Api.Data;

namespace Gateway.Api.DemoData;

/// <summary>Loads the Gong County demo: the org tree, staffing, grids, registry, field work, mediation, requests,
/// informants, the station's duty roster and the assessments, with every count from the domain brief. A fixed seed and
/// a fixed "today" make it identical on every run.</summary>
public sealed class DemoCountySeeder(GatewayDbContext db)
{
    private const int RandomSeed = 20170801;

    public async Task SeedAsync()
    {
        var random = new Random(RandomSeed);
        var identities = new SyntheticIdentities(random);
        var organisation = DemoOrganisation.Seed(db, random);
        var grids = DemoGrids.Seed(db, organisation, random);
        var staff = new DemoStaffing(organisation, identities, random).Seed(db, grids);
        new DemoRegistry(identities, random).Seed(db, grids, staff.Teams);
        new DemoFieldWork(random).Seed(db, staff.Teams, organisation.Bureau);
        new DemoMediation(organisation, staff, identities, random).Seed(db, grids);
        new DemoRequests(organisation, identities, random).Seed(db, grids);
        new DemoInformants(organisation, staff, identities, random).Seed(db);
        new DemoStationDuty(organisation, staff).Seed(db);
        // One save: a single transaction, and the owner paths are stamped from the tracked org units.
        await db.SaveChangesAsync();
        await new DemoAssessment(organisation, staff, random).SeedAsync(db);
    }
}

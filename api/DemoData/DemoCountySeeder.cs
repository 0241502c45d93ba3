using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Requests;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.DemoData;

/// <summary>Loads the Gong County demo: the org tree, staffing, grids, registry, field work, mediation, requests,
/// informants, the station's duty roster and the assessments, with every count from the domain brief. A fixed seed and
/// a fixed "today" make it identical on every run.</summary>
public sealed class DemoCountySeeder(GatewayDbContext db, BlindIndex blindIndex, RequestDeadlines deadlines)
{
    private const int RandomSeed = 20170801;

    /// <summary>Runs inside the caller's transaction: a failure leaves nothing behind.</summary>
    public async Task SeedAsync()
    {
        var random = new Random(RandomSeed);
        var identities = new SyntheticIdentities(random);
        var organisation = DemoOrganisation.Seed(db, random);
        var grids = DemoGrids.Seed(db, organisation, random);
        var staff = new DemoStaffing(organisation, identities, random).Seed(db, grids);
        var registry = new DemoRegistry(identities, random);
        registry.Build(grids, staff.Teams);
        var fieldWork = new DemoFieldWork(random, registry);
        fieldWork.Record(db, staff.Teams, organisation.Bureau);
        new DemoMediation(organisation, staff, identities, random).Seed(db, grids);
        // Its own generator, so a change to the requests leaves the parts seeded after them as they were.
        new DemoRequests(organisation, identities, new Random(random.Next()), deadlines).Seed(db, grids);
        new DemoInformants(organisation, staff, identities, random).Seed(db);
        new DemoStationDuty(organisation, staff).Seed(db);
        // One save for the tracked rows: the owner paths are stamped from the tracked org units. The bulk rows then
        // point at them by id, and take their owners' paths.
        await db.SaveChangesAsync();
        var rows = new DemoRows(db, blindIndex);
        registry.Store(rows);
        fieldWork.Store(rows);
        // The bulk rows passed by the save that keeps the field-work rollups: they are computed once, from them all.
        await FieldWorkRollupSql.RebuildAsync(db, CancellationToken.None);
        await new DemoAssessment(organisation, staff, random).SeedAsync(db);
    }
}

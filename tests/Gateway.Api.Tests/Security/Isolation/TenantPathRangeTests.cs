using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// The tenant filter is a range on the tree path (from the unit's path up to, not including, that path with its last
/// character incremented) so that an index can serve it. It must select exactly what a prefix match would: the unit and
/// everything below it, and not a unit whose id merely starts with the same digits. Every test starts on a fresh copy
/// of the county.
/// </summary>
public sealed class TenantPathRangeTests(GatewayApiFactory county) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => county.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_unit_sees_exactly_the_paths_that_start_with_its_own()
    {
        var nanjing = await county.WithDbAsync(db =>
            db.OrgUnits.Where(u => u.Code == "nanjing").Select(u => u.Path).SingleAsync());
        var open = nanjing[..^1]; // "/1/2/5"
        string[] paths =
        [
            nanjing + "900/", nanjing + "900/901/", nanjing + "0/", // below Nanjing
            open + "0/", open + "0/900/", open + "00/", open + "9/", // ids that start with Nanjing's
            // Malformed on purpose, at the edges of the range: its upper bound, and just below and just above its lower
            // bound.
            open + "0", open, open + ".", nanjing + "/",
        ];
        await county.WithDbAsync(async db =>
        {
            var units = paths.Select((path, i) => new OrgUnit
                { Code = $"range-{i}", Name = path, NameZh = path, Kind = OrgUnitKind.CommunityOffice, Path = path })
                    .ToList();
            db.OrgUnits.AddRange(units);
            await db.SaveChangesAsync();
            db.People.AddRange(
                units.Select(u => new Person { OwnerUnitId = u.Id, Kind = PersonKind.GridWorker, Name = u.Path }));
            await db.SaveChangesAsync();
        });

        var (units, people) = await county.AsUnitAsync("nanjing", async db => (
            await db.OrgUnits.Select(u => u.Path).ToListAsync(),
            // Grid workers only: an auxiliary Nanjing once had is read through the posting, wherever their file is.
            await db.People.Where(p => p.Kind == PersonKind.GridWorker).Select(p => p.OwnerPath).Distinct()
                .ToListAsync()));

        string[] expected = [nanjing, .. paths.Where(p => p.StartsWith(nanjing, StringComparison.Ordinal))];
        Assert.Equal(5, expected.Length);
        Assert.Equal(expected.Order(StringComparer.Ordinal), units.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), people.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Rows_saved_with_their_new_owners_take_each_owners_own_path()
    {
        var station = await county.WithDbAsync(db => db.OrgUnits.SingleAsync(u => u.Code == "xunchang"));

        var people = await county.WithDbAsync(async db =>
        {
            // Two units not saved yet, so both still have id 0, each with a person, in one SaveChanges.
            var first = new OrgUnit { Code = "new-a", Name = "A", NameZh = "A", Kind = OrgUnitKind.CommunityOffice,
                ParentId = station.Id, Path = station.Path + "new-a/" };
            var second = new OrgUnit { Code = "new-b", Name = "B", NameZh = "B", Kind = OrgUnitKind.CommunityOffice,
                ParentId = station.Id, Path = station.Path + "new-b/" };
            var a = new Person { OwnerUnit = first, Kind = PersonKind.GridWorker, Name = "in A" };
            var b = new Person { OwnerUnit = second, Kind = PersonKind.GridWorker, Name = "in B" };
            db.AddRange(first, second, a, b);
            await db.SaveChangesAsync();
            return await db.People.Where(p => p.Id == a.Id || p.Id == b.Id).OrderBy(p => p.Name)
                .Select(p => p.OwnerPath).ToListAsync();
        });

        Assert.Equal([station.Path + "new-a/", station.Path + "new-b/"], people);
    }
}

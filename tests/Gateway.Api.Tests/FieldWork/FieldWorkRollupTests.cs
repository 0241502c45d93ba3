using CsCheck;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.FieldWork.FieldWorkRecount;

namespace Gateway.Api.Tests.FieldWork;

/// <summary>
/// The field-work rollups equal a recount of the entries after any sequence of writes: random records, corrections and
/// voids through the mutations, random changes and deletions of entries through the context, a save that fails, and a
/// branch of the tree moving. The rebuild writes the same rows.
/// </summary>
[Collection(CountyChangesCollection.Name)]
public sealed class FieldWorkRollupTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private static readonly FieldWorkKind[] RecordedKinds =
        [.. Enum.GetValues<FieldWorkKind>().Where(k => k != FieldWorkKind.PopulationRecordEntry)];

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_countys_rollups_equal_a_recount_and_the_rebuild_writes_the_same_rows()
    {
        var seeded = await factory.WithDbAsync(async db =>
        {
            await AssertRollupsMatchRecountAsync(db);
            return await StoredAsync(db);
        });
        Assert.True(seeded.Days.Count > 1_000, $"Only {seeded.Days.Count} day totals");

        var written = await factory.WithDbAsync(db => FieldWorkRollupSql.RebuildAsync(db, CancellationToken.None));

        var rebuilt = await factory.WithDbAsync(StoredAsync);
        Assert.Equal((seeded.Days.Count, seeded.Units.Count), written);
        Assert.Equal(seeded.Days, rebuilt.Days);
        Assert.Equal(seeded.Units, rebuilt.Units);
    }

    /// <summary>A step of a sequence of mutations: record (actions 0–2), correct (3–4) or void (5) an entry of one of
    /// the officers, on a county day from 20 October 2026.</summary>
    private sealed record Step(int Action, int Person, int Day, int Kind, int Count, int Place, int Target);

    private static readonly Gen<Step> Steps = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 2], Gen.Int[0, 40],
        Gen.Int[0, RecordedKinds.Length - 1], Gen.Int[1, 30], Gen.Int[0, 3], Gen.Int[0, 1_000],
        (action, person, day, kind, count, place, target) => new Step(action, person, day, kind, count, place, target));

    private sealed record Officer(string Id, string Grid, string Elderly, string Plain);

    [Fact]
    public async Task After_random_records_corrections_and_voids_through_the_mutations_the_rollups_equal_a_recount()
    {
        var officers = await Task.WhenAll(new[] { "nanjing", "longxiang", "anmin" }.Select(OfficerAsync));
        var client = factory.CreateGraphQLClient("demo-bureau");
        var active = new List<(string Id, int Version)>();

        await Steps.Array[1, 8].SampleAsync(async steps =>
        {
            foreach (var step in steps)
            {
                var officer = officers[step.Person];
                var kind = RecordedKinds[step.Kind];
                var facts = new
                {
                    kind = ToEnumName(kind),
                    occurredAt = FieldWorkRequests.At("2026-10-20", 8 + step.Place).AddDays(step.Day),
                    count = step.Count,
                    gridId = step.Place == 0 ? null : officer.Grid,
                    residentId = kind == FieldWorkKind.SpecialGroupService || step.Place == 1 ? officer.Elderly
                        : step.Place == 2 ? officer.Plain : null,
                };
                var target = active.Count == 0 || step.Action < 3 ? -1 : step.Target % active.Count;
                var payload = target < 0
                    ? await client.SendAsync("recordFieldWork", new
                    {
                        personId = officer.Id, facts.kind, facts.occurredAt, facts.count, facts.gridId,
                        facts.residentId,
                    })
                    : step.Action < 5
                        ? await client.SendAsync("correctFieldWork", new
                        {
                            id = active[target].Id, version = active[target].Version, reason = "录入有误", facts.kind,
                            facts.occurredAt, facts.count, facts.gridId, facts.residentId,
                        })
                        : await client.SendAsync("voidFieldWork",
                            new { id = active[target].Id, version = active[target].Version, reason = "重复录入" });
                var made = payload.Made("fieldWorkEvent");
                if (target >= 0) active.RemoveAt(target);
                if (step.Action < 5 || target < 0) active.Add((made.Str("id"), made["version"]!.GetValue<int>()));
            }
            await factory.WithDbAsync(AssertRollupsMatchRecountAsync);
        }, iter: 12, threads: 1, seed: "0N0XIzNsQ0O2");
    }

    /// <summary>A change made through the context: add an entry (0–1), change some of an entry's fields (2–4), delete
    /// an entry added earlier (5).</summary>
    private sealed record Edit(int Action, int Target, int Fields, int Unit, int Person, int Day, int Kind, int Count);

    private static readonly Gen<Edit> Edits = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 10_000], Gen.Int[1, 255],
        Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 60], Gen.Int[0, 11], Gen.Int[1, 50],
        (action, target, fields, unit, person, day, kind, count) =>
            new Edit(action, target, fields, unit, person, day, kind, count));

    [Fact]
    public async Task After_random_changes_and_deletions_in_batches_through_the_context_the_rollups_equal_a_recount()
    {
        var (units, people, grids, residents) = await factory.WithDbAsync(async db => (
            await db.OrgUnits.Where(u => u.Code == "nanjing" || u.Code == "longxiang" || u.Code == "xunchang")
                .Select(u => u.Id).ToListAsync(),
            await db.People.OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync(),
            await db.Grids.OrderBy(g => g.Id).Select(g => (long?)g.Id).Take(3).ToListAsync(),
            await db.Residents.OrderBy(r => r.Id).Select(r => (long?)r.Id).Take(3).ToListAsync()));
        var added = new List<long>();
        var start = FieldWorkRequests.At("2026-09-28", 3);

        await Edits.Array[1, 5].Array[1, 4].SampleAsync(async batches =>
        {
            foreach (var batch in batches)
                await factory.WithDbAsync(async db =>
                {
                    var targets = await db.FieldWorkEvents.Where(e => added.Contains(e.Id)).ToListAsync();
                    foreach (var edit in batch)
                    {
                        var entry = edit.Action < 2 || targets.Count == 0 ? null : targets[edit.Target % targets.Count];
                        if (entry is not null && edit.Action == 5)
                        {
                            db.Remove(entry);
                            targets.Remove(entry);
                            continue;
                        }
                        if (entry is null)
                        {
                            entry = new FieldWorkEvent { OccurredAt = start, ReceivedAt = start };
                            db.Add(entry);
                        }
                        bool Changes(int field) => db.Entry(entry).State == EntityState.Added
                            || (edit.Fields & (1 << field)) != 0;
                        if (Changes(0)) entry.OwnerUnitId = units[edit.Unit];
                        if (Changes(1)) entry.PersonId = people[edit.Person];
                        if (Changes(2)) entry.OccurredAt = start.AddHours(edit.Day * 7);
                        if (Changes(3)) entry.Kind = (FieldWorkKind)edit.Kind;
                        if (Changes(4)) entry.Count = edit.Count;
                        if (Changes(5)) entry.GridId = edit.Target % 4 == 3 ? null : grids[edit.Target % 4];
                        if (Changes(6)) entry.ResidentId = edit.Target % 2 == 0 ? null : residents[edit.Unit];
                        if (Changes(7)) entry.Status = (FieldWorkStatus)(edit.Target % 3);
                    }
                    await db.SaveChangesAsync();
                    added.RemoveAll(id => !targets.Any(t => t.Id == id));
                    added.AddRange(db.ChangeTracker.Entries<FieldWorkEvent>().Select(e => e.Entity.Id)
                        .Where(id => !added.Contains(id)));
                });
            await factory.WithDbAsync(AssertRollupsMatchRecountAsync);
        }, iter: 25, threads: 1, seed: "4wWm7tZ3pD0b");
    }

    [Fact]
    public async Task A_save_that_fails_leaves_the_entries_and_the_rollups_as_they_were()
    {
        var (officer, nanjing) = await factory.OfficerAsync("nanjing");
        var before = await factory.WithDbAsync(StoredAsync);
        var entries = await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var at = FieldWorkRequests.At("2026-11-03");
            db.FieldWorkEvents.Add(new FieldWorkEvent
            {
                PersonId = officer, OwnerUnitId = nanjing, Kind = FieldWorkKind.Patrol, OccurredAt = at,
                ReceivedAt = at, Count = 3,
            });
            // Refused by the table's check: the whole save fails.
            db.FieldWorkEvents.Add(new FieldWorkEvent
            {
                PersonId = officer, OwnerUnitId = nanjing, Kind = FieldWorkKind.Patrol, OccurredAt = at,
                ReceivedAt = at, Count = 0,
            });
            await db.SaveChangesAsync();
        }));

        var after = await factory.WithDbAsync(StoredAsync);
        Assert.Equal(entries, await factory.WithDbAsync(db => db.FieldWorkEvents.CountAsync()));
        Assert.Equal(before.Days, after.Days);
        Assert.Equal(before.Units, after.Units);
    }

    [Fact]
    public async Task An_office_moved_to_another_station_leaves_the_old_stations_subtree_totals_and_joins_the_new()
    {
        var nanjing = await factory.UnitAsync("nanjing");
        var (xunchang, furong, bureau) =
            (await factory.UnitAsync("xunchang"), await factory.UnitAsync("furong"), await factory.UnitAsync("bureau"));
        Task<int> EntriesAsync(long unitId, FieldWorkReach reach) => factory.WithDbAsync(db => db.FieldWorkUnitTotals
            .Where(t => t.OwnerUnitId == unitId && t.Reach == reach && t.Grain == FieldWorkGrain.Month)
            .SumAsync(t => t.Entries));
        Task<int> SubtreeAsync(long unitId) => EntriesAsync(unitId, FieldWorkReach.Subtree);
        var moving = await SubtreeAsync(nanjing.Id);
        var (oldStation, newStation, county) =
            (await SubtreeAsync(xunchang.Id), await SubtreeAsync(furong.Id), await SubtreeAsync(bureau.Id));
        Assert.True(moving > 0);

        var payload = await factory.CreateGraphQLClient("demo-bureau").QueryAsync(
            "mutation($input: AttachOrgUnitInput!) { attachOrgUnit(input: $input) { "
            + "errors { ... on Error { code } } } }",
            new
            {
                input = new
                {
                    id = GlobalId.Encode("OrgUnit", nanjing.Id), version = nanjing.Version,
                    stationId = GlobalId.Encode("OrgUnit", furong.Id), on = "2026-12-01",
                },
            });

        Assert.Null(payload["attachOrgUnit"]!["errors"]);
        Assert.Equal((oldStation - moving, newStation + moving, county, moving),
            (await SubtreeAsync(xunchang.Id), await SubtreeAsync(furong.Id), await SubtreeAsync(bureau.Id),
                await EntriesAsync(nanjing.Id, FieldWorkReach.Own)));
        await factory.WithDbAsync(AssertRollupsMatchRecountAsync);
    }

    private Task<Officer> OfficerAsync(string office) => factory.WithDbAsync(async db =>
    {
        var (person, unit) = await factory.OfficerAsync(office);
        var grid = await db.Grids.Where(g => g.OwnerUnitId == unit).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        var residents = db.Residents.Where(r => r.GridId == grid).OrderBy(r => r.Id);
        var elderly = await residents.Where(r => r.SpecialGroup != null).Select(r => r.Id).FirstAsync();
        var plain = await residents.Where(r => r.SpecialGroup == null).Select(r => r.Id).FirstAsync();
        return new Officer(GlobalId.Encode("Person", person), GlobalId.Encode("Grid", grid),
            GlobalId.Encode("Resident", elderly), GlobalId.Encode("Resident", plain));
    });

    /// <summary>An enum value as the schema spells it (RESIDENT_VISIT).</summary>
    private static string ToEnumName(FieldWorkKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString()))
            .ToUpperInvariant();
}

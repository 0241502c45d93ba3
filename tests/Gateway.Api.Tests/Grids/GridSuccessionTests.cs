using Gateway.Api.Registry;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Grids.GridChanges;

namespace Gateway.Api.Tests.Grids;

/// <summary><c>splitGrid</c> and <c>mergeGrids</c> over HTTP: where addresses and registry rows go, what stays on the
/// grids retired, the lineage, and the refusals. Runs on its own copy of the county.</summary>
[Collection(CountyChangesCollection.Name)]
public sealed class GridSuccessionTests(GatewayApiFactory factory) : IAsyncLifetime
{
    private static readonly DateOnly On = new(2027, 1, 1);

    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient Nanjing => factory.CreateGraphQLClient("demo-nanjing");

    private static object Part(string code, params string[] streets) =>
        new { code, name = $"{code} 网格", streets, households = 320 };

    private static object Split(Api.Grids.Grid grid, params object[] parts) =>
        new { id = IdOf(grid), version = grid.Version, on = On.ToString("yyyy-MM-dd"), parts };

    /// <summary>Where each address, resident, house and unit of the grids named lies, and the field work in
    /// them.</summary>
    private Task<(Dictionary<long, (string Street, long Grid)> Addresses, Dictionary<long, (long? Address, long Grid)>
        Residents, Dictionary<long, long> Houses, Dictionary<long, long> Units, int FieldWork)> RowsOfAsync(
        params long[] grids) => factory.WithDbAsync(async db => (
            await db.StandardAddresses.Where(a => grids.Contains(a.GridId))
                .ToDictionaryAsync(a => a.Id, a => (a.Street, a.GridId)),
            await db.Residents.Where(r => grids.Contains(r.GridId))
                .ToDictionaryAsync(r => r.Id, r => (r.AddressId, r.GridId)),
            await db.Houses.Where(h => grids.Contains(h.GridId)).ToDictionaryAsync(h => h.Id, h => h.GridId),
            await db.RegisteredUnits.Where(u => grids.Contains(u.GridId)).ToDictionaryAsync(u => u.Id, u => u.GridId),
            await db.FieldWorkEvents.CountAsync(e => e.GridId != null && grids.Contains(e.GridId.Value))));

    [Fact]
    public async Task A_split_moves_addresses_by_street_and_registry_rows_follow_while_field_work_stays()
    {
        var grid = await factory.GridAsync("NJ-01");
        var streets = grid.StreetList();
        await factory.EndPostingsToAsync(grid, On.AddDays(-1));
        var homeless = await factory.WithDbAsync(async db =>
        {
            var resident = await db.Residents.Where(r => r.GridId == grid.Id).OrderBy(r => r.Id).LastAsync();
            await db.Residents.Where(r => r.Id == resident.Id).ExecuteUpdateAsync(s => s.SetProperty(
                r => r.AddressId, (long?)null));
            return resident.Id;
        });
        var before = await RowsOfAsync(grid.Id);
        Assert.Equal(streets.Order(), before.Addresses.Values.Select(a => a.Street).Distinct().Order());

        var payload = await Nanjing.ChangeGridAsync("splitGrid",
            Split(grid, Part("NJ-01A", streets[1]), Part("NJ-01B", streets[0])));

        var retired = payload.Made("grid");
        Assert.Equal(("2026-12-31", 1), (retired.Str("retiredOn"), retired["version"]!.GetValue<int>()));
        Assert.Equal("split into NJ-01A, NJ-01B", retired.Nodes("revisions")[^1].Str("reason"));
        var successors = retired.Nodes("successors");
        Assert.Equal(["NJ-01A", "NJ-01B"], successors.Select(s => s["successor"]!.Str("code")));
        Assert.All(successors, s => Assert.Equal(("SPLIT", "2027-01-01"), (s.Str("kind"), s.Str("on"))));
        var parts = await factory.WithDbAsync(db => db.Grids.AsNoTracking()
            .Where(g => g.Code == "NJ-01A" || g.Code == "NJ-01B").OrderBy(g => g.Code).ToListAsync());
        Assert.All(parts, p => Assert.Equal((grid.OwnerUnitId, grid.CommunityId, On), (p.OwnerUnitId, p.CommunityId,
            p.OpenedOn)));
        var partOf = new Dictionary<string, long> { [streets[1]] = parts[0].Id, [streets[0]] = parts[1].Id };
        var after = await RowsOfAsync([grid.Id, .. parts.Select(p => p.Id)]);
        Assert.Equal(before.Addresses.Keys.Order(), after.Addresses.Keys.Order());
        Assert.All(after.Addresses.Values, a => Assert.Equal(partOf[a.Street], a.Grid));
        Assert.All(after.Residents, r => Assert.Equal(
            r.Value.Address is { } address ? after.Addresses[address].Grid : parts[0].Id, r.Value.Grid));
        Assert.Equal(parts[0].Id, after.Residents[homeless].Grid);
        Assert.Equal(before.Residents.Count, after.Residents.Count);
        Assert.DoesNotContain(grid.Id, after.Houses.Values.Concat(after.Units.Values));
        Assert.Equal((before.Houses.Count, before.Units.Count), (after.Houses.Count, after.Units.Count));
        Assert.Equal(before.FieldWork, await factory.WithDbAsync(db =>
            db.FieldWorkEvents.CountAsync(e => e.GridId == grid.Id)));
        // Each record and address moved is a change of its own: a "moved" revision from the old grid.
        var moves = await factory.WithDbAsync(db => db.RegistryRevisions.AsNoTracking()
            .Where(r => r.Reason == RevisionReason.Moved).ToListAsync());
        Assert.Equal(before.Addresses.Count + before.Residents.Count + before.Houses.Count + before.Units.Count,
            moves.Count);
        var oldGrid = Api.GraphQL.Mapping.GlobalId.Encode("Grid", grid.Id);
        Assert.All(moves, m => Assert.Contains(
            System.Text.Json.JsonSerializer.Deserialize<RegistryFieldChange[]>(m.ChangesJson)!,
            c => c is { Field: "gridId" } && c.OldValue == oldGrid));
        var part = (await Nanjing.QueryAsync(
            $"query($id: ID!) {{ node(id: $id) {{ ... on Grid {{ {GridFields} }} }} }}",
            new { id = IdOf(parts[0]) }))["node"]!;
        var predecessor = Assert.Single(part.Nodes("predecessors"));
        Assert.Equal(("NJ-01", "SPLIT"), (predecessor["predecessor"]!.Str("code"), predecessor.Str("kind")));
        Assert.Equal(("split from NJ-01", streets[1]),
            (Assert.Single(part.Nodes("revisions")).Str("reason"), part.Str("streets")));
    }

    [Fact]
    public async Task Every_street_goes_to_exactly_one_part_and_the_refusal_names_the_streets_at_fault()
    {
        var drawn = await factory.GridAsync("NJ-01");
        var (first, second) = (drawn.StreetList()[0], drawn.StreetList()[1]);
        (await Nanjing.ChangeGridAsync("redrawGrid", new
        {
            id = IdOf(drawn), version = drawn.Version, on = "2026-12-01", streets = new[] { first, second, "新街" },
        })).Made("grid");
        var grid = await factory.GridAsync("NJ-01");
        await factory.EndPostingsToAsync(grid, On.AddDays(-1));
        var before = await factory.GridStateAsync();

        var gap = await Nanjing.ChangeGridAsync("splitGrid",
            Split(grid, Part("NJ-01A", first), Part("NJ-01B", second)));
        var overlap = await Nanjing.ChangeGridAsync("splitGrid",
            Split(grid, Part("NJ-01A", first, second), Part("NJ-01B", second, "新街")));
        var foreign = await Nanjing.ChangeGridAsync("splitGrid",
            Split(grid, Part("NJ-01A", first, "别的街"), Part("NJ-01B", second, "新街")));

        Assert.Equal(("StreetsNotCoveredError", "STREETS_NOT_COVERED", "input.parts"), gap.Refusal("grid"));
        Assert.Equal("以下街道未划入任何新网格:新街。", gap.Items("errors")[0].Str("message"));
        Assert.Equal(("StreetInTwoPartsError", "STREET_IN_TWO_PARTS", "input.parts"), overlap.Refusal("grid"));
        Assert.Equal($"以下街道被划入多个新网格:{second}。", overlap.Items("errors")[0].Str("message"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.parts"), foreign.Refusal("grid"));
        Assert.Contains("别的街", foreign.Items("errors")[0].Str("message"));
        Assert.Equal(before, await factory.GridStateAsync());
    }

    [Fact]
    public async Task A_split_needs_two_parts_with_codes_of_their_own()
    {
        var grid = await factory.GridAsync("NJ-01");
        var streets = grid.StreetList();

        var one = await Nanjing.ChangeGridAsync("splitGrid", Split(grid, Part("NJ-01A", [.. streets])));
        var sameCodes = await Nanjing.ChangeGridAsync("splitGrid",
            Split(grid, Part("NJ-01A", streets[0]), Part("NJ-01A", streets[1])));

        Assert.Equal(("ValidationError", "VALIDATION", "input.parts"), one.Refusal("grid"));
        Assert.Equal(("DuplicateGridCodeError", "DUPLICATE_CODE", "input.parts.1.code"), sameCodes.Refusal("grid"));
        await factory.EndPostingsToAsync(grid, On.AddDays(-1));
        var takenCode = await Nanjing.ChangeGridAsync("splitGrid",
            Split(grid, Part("NJ-01A", streets[0]), Part("NJ-02", streets[1])));
        Assert.Equal(("DuplicateGridCodeError", "DUPLICATE_CODE", "input.parts.1.code"), takenCode.Refusal("grid"));
    }

    [Fact]
    public async Task A_split_of_a_staffed_grid_is_refused_and_says_to_end_or_transfer_the_postings()
    {
        var grid = await factory.GridAsync("NJ-01");
        var streets = grid.StreetList();
        var before = await factory.GridStateAsync();

        var payload = await Nanjing.ChangeGridAsync("splitGrid",
            Split(grid, Part("NJ-01A", streets[0]), Part("NJ-01B", streets[1])));

        Assert.Equal(("GridStillStaffedError", "GRID_STILL_STAFFED", "input.on"), payload.Refusal("grid"));
        Assert.Contains("请先结束或调动", payload.Items("errors")[0].Str("message"));
        Assert.Equal(before, await factory.GridStateAsync());
    }

    [Fact]
    public async Task A_merge_makes_one_grid_of_the_streets_and_rows_of_both_and_retires_them()
    {
        var (second, third) = (await factory.GridAsync("NJ-02"), await factory.GridAsync("NJ-03"));
        await factory.EndPostingsToAsync(second, On.AddDays(-1));
        await factory.EndPostingsToAsync(third, On.AddDays(-1));
        var before = await RowsOfAsync(second.Id, third.Id);

        var payload = await Nanjing.ChangeGridAsync("mergeGrids", new
        {
            grids = new[] { new { id = IdOf(second), version = second.Version },
                new { id = IdOf(third), version = third.Version } },
            on = "2027-01-01", code = "NJ-23", name = "南井二三网格", idempotencyKey = "merge-nj-02-03",
        });

        var merged = payload.Made("grid");
        Assert.Equal(($"{second.Streets}、{third.Streets}", second.Households + third.Households, "2027-01-01"),
            (merged.Str("streets"), merged["households"]!.GetValue<int>(), merged.Str("openedOn")));
        Assert.Equal(["HOUSEHOLDS_OUTSIDE_TARGET"], WarningCodes(payload));
        Assert.Equal([("NJ-02", "MERGE"), ("NJ-03", "MERGE")], merged.Nodes("predecessors")
            .Select(p => (p["predecessor"]!.Str("code"), p.Str("kind"))));
        var mergedId = Api.GraphQL.Mapping.GlobalId.TryDecode(merged.Str("id"), out _, out var id) ? id : 0;
        var after = await RowsOfAsync(second.Id, third.Id, mergedId);
        Assert.Equal(before.Addresses.Keys.Order(), after.Addresses.Keys.Order());
        Assert.All(after.Addresses.Values.Select(a => a.Grid).Concat(after.Residents.Values.Select(r => r.Grid))
            .Concat(after.Houses.Values).Concat(after.Units.Values), grid => Assert.Equal(mergedId, grid));
        Assert.Equal(before.Residents.Count, after.Residents.Count);
        Assert.Equal(before.FieldWork, after.FieldWork);
        var retired = await factory.WithDbAsync(db => db.Grids.AsNoTracking()
            .Where(g => g.Id == second.Id || g.Id == third.Id).Select(g => g.RetiredOn).ToListAsync());
        Assert.All(retired, day => Assert.Equal(new DateOnly(2026, 12, 31), day));
    }

    [Fact]
    public async Task Grids_of_different_communities_do_not_merge()
    {
        var (nanjing, longxiang) = (await factory.GridAsync("NJ-02"), await factory.GridAsync("LX-02"));
        var before = await factory.GridStateAsync();

        var payload = await factory.CreateGraphQLClient("demo-station").ChangeGridAsync("mergeGrids", new
        {
            grids = new[] { new { id = IdOf(nanjing), version = 0 }, new { id = IdOf(longxiang), version = 0 } },
            on = "2027-01-01", code = "X-01", name = "跨社区",
        });

        Assert.Equal(("GridsInDifferentCommunitiesError", "GRIDS_IN_DIFFERENT_COMMUNITIES", "input.grids"),
            payload.Refusal("grid"));
        Assert.Equal(before, await factory.GridStateAsync());
    }
}

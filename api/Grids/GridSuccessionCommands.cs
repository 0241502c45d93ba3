using System.Globalization;
using Gateway.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Grids;

/// <summary>
/// Splitting a grid and merging grids: the grids retired run until the day before the new ones open, lineage rows
/// link them, and the standard addresses move to the new grids, the other areas' rows following their address
/// (<see cref="IGridRowsFollowAddresses"/>). Field work and postings keep pointing at the grids retired.
/// </summary>
internal sealed class GridSuccessionCommands(GridHistory history, IEnumerable<IGridRowsFollowAddresses> followers)
{
    private const int MinGrids = 2;

    public MutationCommand<SplitGridInput, Grid> Split => new(
        input => input.Parts.Count < MinGrids
            ? [GridRules.Invalid(InputPath.Of(nameof(input.Parts)), $"须至少有 {MinGrids} 个新网格",
                $"needs at least {MinGrids} parts")]
            : [.. input.Parts.SelectMany((part, i) => GridRules.Drawing(part, PartPath(i))),
                .. RepeatedCodes(input.Parts)],
        async (input, ctx, ct) =>
        {
            var grid = await ctx.FindAsync<Grid>(input.Id, input.Version, ct);
            var dayPath = InputPath.Of(nameof(input.On));
            if (grid is null || !StreetsCovered(ctx, grid, input.Parts)
                || !await history.MayRetireAsync(ctx, grid, input.On.AddDays(-1), InputPath.Of(nameof(input.Id)),
                    dayPath, ct)
                || !await GridHistory.CodesFreeAsync(ctx, grid.OwnerUnitId,
                    input.Parts.Select((p, i) => (p.Code, (IReadOnlyList<string>)[.. PartPath(i), "code"])), ct))
                return null;

            var parts = input.Parts.Select(GridMapper.ToGrid).ToList();
            var households = Math.Max(1, parts.Sum(p => p.Households));
            foreach (var part in parts)
            {
                (part.OwnerUnitId, part.CommunityId, part.OpenedOn) = (grid.OwnerUnitId, grid.CommunityId, input.On);
                // The people on file are shared out as the households declared are.
                part.Residents = (int)Math.Round((double)grid.Residents * part.Households / households);
                ctx.Db.Add(part);
                await history.ReviseAsync(ctx, part, input.On, $"split from {grid.Code}", ct);
                Succeed(ctx, grid, part, input.On, GridSuccessionKind.Split);
                GridRules.WarnOfHouseholds(ctx, part.Code, part.Households);
            }
            grid.RetiredOn = input.On.AddDays(-1);
            await history.ReviseAsync(ctx, grid, input.On,
                $"split into {string.Join(", ", parts.Select(p => p.Code))}", ct);
            await ctx.SaveAsync(ct);

            var partOfStreet = parts.Zip(input.Parts)
                .SelectMany(p => p.Second.Streets.Select(street => (Street: street.Trim(), Part: p.First)))
                .ToDictionary(p => p.Street, p => p.Part);
            await MoveAddressesAsync(ctx, grid, street => partOfStreet.GetValueOrDefault(street) ?? parts[0], ct);
            return grid;
        }) { MayConflict = true, ReportsWarnings = true, Subject = input => input.Id };

    public MutationCommand<MergeGridsInput, Grid> Merge => new(
        input => input.Grids.Count < MinGrids
            ? [GridRules.Invalid(InputPath.Of(nameof(input.Grids)), $"须至少列出 {MinGrids} 个网格",
                $"needs at least {MinGrids} grids")]
            : input.Grids.DistinctBy(g => g.Id).Count() < input.Grids.Count
            ? [GridRules.Invalid(InputPath.Of(nameof(input.Grids)), "中有重复的网格", "names a grid twice")]
            : [.. GridRules.Code(input.Code, InputPath.Of(nameof(input.Code))),
                .. GridRules.Name(input.Name, InputPath.Of(nameof(input.Name))),
                .. input.Households is { } declared
                    ? GridRules.Households(declared, InputPath.Of(nameof(input.Households))) : [],
                .. GridRules.Boundary(input.Boundary, InputPath.Of(nameof(input.Boundary)))],
        async (input, ctx, ct) =>
        {
            var grids = new List<Grid>();
            for (var i = 0; i < input.Grids.Count; i++)
            {
                IReadOnlyList<string> at = [.. InputPath.Of(nameof(input.Grids)), Index(i)];
                if (await ctx.FindAsync<Grid>(input.Grids[i].Id, [.. at, "id"],
                        (input.Grids[i].Version, [.. at, "version"]), ct) is { } found)
                    grids.Add(found);
            }
            if (ctx.IsRefused) return null;
            var first = grids[0];
            if (grids.Any(g => g.OwnerUnitId != first.OwnerUnitId || g.CommunityId != first.CommunityId))
            {
                ctx.Refuse(new GridsInDifferentCommunitiesError(InputPath.Of(nameof(input.Grids))));
                return null;
            }
            for (var i = 0; i < grids.Count; i++)
                if (!await history.MayRetireAsync(ctx, grids[i], input.On.AddDays(-1),
                        [.. InputPath.Of(nameof(input.Grids)), Index(i), "id"], InputPath.Of(nameof(input.On)), ct))
                    return null;
            if (!await GridHistory.CodesFreeAsync(ctx, first.OwnerUnitId,
                    [(input.Code, InputPath.Of(nameof(input.Code)))], ct))
                return null;

            var merged = new Grid
            {
                OwnerUnitId = first.OwnerUnitId, CommunityId = first.CommunityId, Code = input.Code,
                Name = input.Name.Trim(), BoundaryGeoJson = input.Boundary, OpenedOn = input.On,
                Streets = GridMapper.Joined([.. grids.SelectMany(g => g.StreetList()).Distinct()]),
                Households = input.Households ?? grids.Sum(g => g.Households), Residents = grids.Sum(g => g.Residents),
            };
            ctx.Db.Add(merged);
            await history.ReviseAsync(ctx, merged, input.On,
                $"merged from {string.Join(", ", grids.Select(g => g.Code))}", ct);
            foreach (var grid in grids)
            {
                grid.RetiredOn = input.On.AddDays(-1);
                await history.ReviseAsync(ctx, grid, input.On, $"merged into {merged.Code}", ct);
                Succeed(ctx, grid, merged, input.On, GridSuccessionKind.Merge);
            }
            GridRules.WarnOfHouseholds(ctx, merged.Code, merged.Households);
            await ctx.SaveAsync(ct);
            foreach (var grid in grids) await MoveAddressesAsync(ctx, grid, _ => merged, ct);
            return merged;
        }) { MayConflict = true, ReportsWarnings = true };

    private static IReadOnlyList<string> PartPath(int index) => [.. InputPath.Of(nameof(SplitGridInput.Parts)),
        Index(index)];

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<MutationError> RepeatedCodes(IReadOnlyList<GridPartInput> parts) =>
        parts.Select((part, i) => (part.Code, Index: i)).GroupBy(p => p.Code).SelectMany(g => g.Skip(1))
            .Select(p => new DuplicateGridCodeError(p.Code, [.. PartPath(p.Index), "code"]));

    /// <summary>Whether the parts list every street of the grid exactly once, and nothing else; refuses naming the
    /// streets at fault otherwise.</summary>
    private static bool StreetsCovered(MutationContext context, Grid grid, IReadOnlyList<GridPartInput> parts)
    {
        var streets = grid.StreetList();
        var listed = parts.SelectMany(p => p.Streets.Select(s => s.Trim())).ToList();
        var partsPath = InputPath.Of(nameof(SplitGridInput.Parts));
        var foreign = listed.Where(s => !streets.Contains(s)).Distinct().ToList();
        var twice = listed.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var uncovered = streets.Except(listed).ToList();
        if (foreign.Count > 0)
            context.Refuse(GridRules.Invalid(partsPath, $"列出了不属于网格 {grid.Code} 的街道:{string.Join("、", foreign)}",
                $"lists streets that are not grid {grid.Code}'s: {string.Join(", ", foreign)}"));
        else if (twice.Count > 0) context.Refuse(new StreetInTwoPartsError(twice, partsPath));
        else if (uncovered.Count > 0) context.Refuse(new StreetsNotCoveredError(uncovered, partsPath));
        return !context.IsRefused;
    }

    private static void Succeed(MutationContext context, Grid predecessor, Grid successor, DateOnly on,
        GridSuccessionKind kind) =>
        context.Db.Add(new GridSuccession
        {
            OwnerUnitId = predecessor.OwnerUnitId, Predecessor = predecessor, Successor = successor, On = on,
            Kind = kind,
        });

    /// <summary>Moves the standard addresses of <paramref name="grid"/> to the grid their street goes to, then lets
    /// the other areas' rows follow their addresses. Tracked, not set-based: each row moved is a change of its own,
    /// versioned and kept in the history of the area that owns it.</summary>
    private async Task MoveAddressesAsync(MutationContext context, Grid grid, Func<string, Grid> gridOfStreet,
        CancellationToken cancellationToken)
    {
        var addresses = await context.Db.StandardAddresses.Where(a => a.GridId == grid.Id)
            .ToListAsync(cancellationToken);
        foreach (var address in addresses) address.GridId = gridOfStreet(address.Street).Id;
        var fallback = gridOfStreet("");
        foreach (var follower in followers)
            await follower.FollowAsync(context, grid.Id, fallback.Id, cancellationToken);
    }
}

using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;

namespace Gateway.Api.Grids;

/// <summary>
/// Creating a grid, redrawing it, declaring its households and retiring it. Each change leaves the grid row as it now
/// stands and appends a revision; rows pointing at the grid keep pointing at it.
/// </summary>
internal sealed class GridCommands(GridHistory history)
{
    public static readonly IReadOnlyList<string> Input = [InputPath.Argument];

    public MutationCommand<CreateGridInput, Grid> Create => new(
        input => [.. GridRules.Drawing(input, Input)],
        async (input, ctx, ct) =>
        {
            var office = await ctx.FindAsync<OrgUnit>(input.OfficeId, ct);
            var community = await ctx.FindAsync<ExternalOrganisation>(input.CommunityId, ct);
            if (office is null || community is null) return null;
            var officePath = InputPath.Of(nameof(input.OfficeId));
            if (office.Kind != OrgUnitKind.CommunityOffice)
                ctx.Refuse(GridRules.Invalid(officePath, "须为社区警务室", "must be a community office"));
            else if (office.ClosedOn is { } closed && closed < input.OpenedOn)
                ctx.Refuse(new UnitClosedError(office.NameZh, closed, officePath));
            else if (office.OpenedOn > input.OpenedOn)
                ctx.Refuse(GridRules.Invalid(InputPath.Of(nameof(input.OpenedOn)), "早于警务室成立之日",
                    "comes before the office opened"));
            else if (office.HostCommunityId != community.Id)
                ctx.Refuse(new WrongCommunityError(InputPath.Of(nameof(input.CommunityId))));
            if (ctx.IsRefused
                || !await GridHistory.CodesFreeAsync(ctx, office.Id, [(input.Code, InputPath.Of(nameof(input.Code)))],
                    ct))
                return null;
            var grid = GridMapper.ToGrid(input);
            (grid.OwnerUnit, grid.Community) = (office, community);
            ctx.Db.Add(grid);
            await history.ReviseAsync(ctx, grid, grid.OpenedOn, "created", ct);
            GridRules.WarnOfHouseholds(ctx, grid.Code, grid.Households);
            return grid;
        }) { ReportsWarnings = true, Subject = input => input.OfficeId };

    public MutationCommand<RedrawGridInput, Grid> Redraw => new(
        input => input is { Name: null, Streets: null, Boundary: null }
            ? [GridRules.Invalid(Input, "须给出新的名称、街道或边界", "names a new name, streets or boundary")]
            : [.. input.Name is null ? [] : GridRules.Name(input.Name, InputPath.Of(nameof(input.Name))),
                .. input.Streets is null ? [] : GridRules.Streets(input.Streets, InputPath.Of(nameof(input.Streets))),
                .. GridRules.Boundary(input.Boundary, InputPath.Of(nameof(input.Boundary)))],
        async (input, ctx, ct) =>
        {
            var grid = await ctx.FindAsync<Grid>(input.Id, input.Version, ct);
            if (grid is null || !await history.MayChangeAsync(ctx, grid, input.On, InputPath.Of(nameof(input.Id)),
                    InputPath.Of(nameof(input.On)), ct))
                return null;
            if (input.Name is not null) grid.Name = input.Name.Trim();
            if (input.Streets is not null) grid.Streets = GridMapper.Joined(input.Streets);
            if (input.Boundary is not null) grid.BoundaryGeoJson = input.Boundary;
            await history.ReviseAsync(ctx, grid, input.On, "redrawn", ct);
            return grid;
        }) { MayConflict = true, Subject = input => input.Id };

    public MutationCommand<DeclareGridHouseholdsInput, Grid> DeclareHouseholds => new(
        input => [.. GridRules.Households(input.Households, InputPath.Of(nameof(input.Households)))],
        async (input, ctx, ct) =>
        {
            var grid = await ctx.FindAsync<Grid>(input.Id, input.Version, ct);
            if (grid is null || !await history.MayChangeAsync(ctx, grid, input.On, InputPath.Of(nameof(input.Id)),
                    InputPath.Of(nameof(input.On)), ct))
                return null;
            grid.Households = input.Households;
            await history.ReviseAsync(ctx, grid, input.On, "households declared", ct);
            GridRules.WarnOfHouseholds(ctx, grid.Code, grid.Households);
            return grid;
        }) { MayConflict = true, ReportsWarnings = true, Subject = input => input.Id };

    public MutationCommand<RetireGridInput, Grid> Retire => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            var grid = await ctx.FindAsync<Grid>(input.Id, input.Version, ct);
            if (grid is null || !await history.MayRetireAsync(ctx, grid, input.LastDay,
                    InputPath.Of(nameof(input.Id)), InputPath.Of(nameof(input.LastDay)), ct))
                return null;
            grid.RetiredOn = input.LastDay;
            await history.ReviseAsync(ctx, grid, input.LastDay.AddDays(1), "retired", ct);
            return grid;
        }) { MayConflict = true, Subject = input => input.Id };
}

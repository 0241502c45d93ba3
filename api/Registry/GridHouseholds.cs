using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Registry;

/// <summary>
/// The households on file in grids: the occupied houses (owner-occupied or rented, 户) the registry holds in each,
/// counted through the caller's row filters. Per request, the grids one level of a query asks for are counted together
/// by one grouped query when the executor first awaits one of them.
/// </summary>
public sealed class GridHouseholdsLoader(GatewayDbContext db)
{
    private readonly HashSet<long> pending = [];
    private readonly Dictionary<long, int> loaded = [];
    private Task? round;

    public IDataLoaderResult<int> Load(long gridId)
    {
        if (!loaded.ContainsKey(gridId)) pending.Add(gridId);
        return new PendingResult<int>(async cancellationToken =>
        {
            if (pending.Count > 0)
            {
                var ids = pending.ToList();
                pending.Clear();
                round = CountAsync(ids, cancellationToken);
            }
            if (!loaded.ContainsKey(gridId)) await round!;
            return loaded[gridId];
        });
    }

    /// <summary>The occupied houses of each grid, zero for a grid without any.</summary>
    public async Task<IReadOnlyDictionary<long, int>> CountAsync(IReadOnlyCollection<long> gridIds,
        CancellationToken cancellationToken)
    {
        var counts = await db.Houses.AsNoTracking()
            .Where(h => gridIds.Contains(h.GridId) && (h.Use == HouseUse.OwnerOccupied || h.Use == HouseUse.Rental))
            .GroupBy(h => h.GridId).Select(g => new { GridId = g.Key, Households = g.Count() })
            .ToDictionaryAsync(g => g.GridId, g => g.Households, cancellationToken);
        foreach (var id in gridIds) loaded[id] = counts.GetValueOrDefault(id);
        return loaded;
    }
}

/// <summary>A grid's households as the registry holds them, beside those it declares.</summary>
public sealed class GridRegisteredHouseholds : IEntityFields<Grid>
{
    public void AddTo(EntityGraphType<Grid> type)
    {
        type.Field<NonNullGraphType<IntGraphType>>("registeredHouseholds")
            .Description("Households on file in the grid (登记户数): its occupied houses (实有房屋) in the registry, "
                + "owner-occupied or rented, in the caller's scope. Compare with `households`, the number declared.")
            .RequirePermission(Permissions.RegistryRead)
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<GridHouseholdsLoader>().Load(ctx.Source.Id))
            .FieldType.ReadsColumns(nameof(Grid.Id));
    }
}

/// <summary>A running grid whose declared households differ from the registry's count beyond the tolerance.</summary>
public sealed record GridHouseholdDiscrepancy(Grid Grid, int Declared, int Registered)
{
    public int Difference => Registered - Declared;

    /// <summary>The difference as a share of the declaration, in percent.</summary>
    public double DifferencePercent => Declared == 0 ? 100 : Math.Round(100.0 * Difference / Declared, 1);
}

public sealed class GridHouseholdDiscrepancyType : ObjectGraphType<GridHouseholdDiscrepancy>
{
    public GridHouseholdDiscrepancyType()
    {
        Name = "GridHouseholdDiscrepancy";
        Description = "A running grid (网格) whose declared households (申报户数) differ from the households on file "
            + "in the registry (登记户数) by more than the tolerance asked for.";
        this.RequirePermission(Permissions.GridsRead);
        // By name: the grid's graph type belongs to the Grids area.
        AddField(new FieldType
        {
            Name = "grid", Description = "The grid.",
            ResolvedType = new NonNullGraphType(new GraphQLTypeReference("Grid")),
            Resolver = new FuncFieldResolver<GridHouseholdDiscrepancy, Grid>(ctx => ctx.Source.Grid),
        });
        Field(d => d.Declared).Description("Households the grid declares (`Grid.households`).");
        Field(d => d.Registered).Description("Households on file: the grid's occupied houses in the registry.");
        Field(d => d.Difference).Description("Registered minus declared: negative when the registry lags.");
        Field(d => d.DifferencePercent).Description("The difference as a percentage of the declared households.");
    }
}

/// <summary>The report of grids whose declared households and the registry disagree (网格户数核对).</summary>
public sealed class GridHouseholdQueries : IQueryFields
{
    public const int DefaultTolerancePercent = 5;
    public const string BadTolerance = "BAD_TOLERANCE";

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GridHouseholdDiscrepancyType>>>>(
                "gridHouseholdDiscrepancies")
            .Description("Household check (网格户数核对): the running grids in the caller's scope whose declared "
                + "households differ from the households on file in the registry by more than `tolerancePercent` of "
                + "the declaration, largest difference first. Counts only the houses the caller may read.")
            .Argument<IntGraphType>("tolerancePercent", arg =>
            {
                arg.Description = "How far, in percent of the declared households, the registry may differ without "
                    + "the grid being listed; 0 lists every grid that differs at all.";
                arg.DefaultValue = DefaultTolerancePercent;
            })
            .RequirePermission(Permissions.RegistryRead)
            .ResolveAsync(async ctx =>
            {
                var tolerance = ctx.GetArgument("tolerancePercent", DefaultTolerancePercent);
                if (tolerance < 0)
                    throw new ExecutionError("`tolerancePercent` must not be negative.") { Code = BadTolerance };
                var services = ctx.RequestServices!;
                var today = CountyCalendar.Today(services.GetRequiredService<TimeProvider>());
                var grids = await services.GetRequiredService<GatewayDbContext>().Grids.AsNoTracking()
                    .Where(g => g.OpenedOn <= today && (g.RetiredOn == null || g.RetiredOn >= today))
                    .ToListAsync(ctx.CancellationToken);
                var registered = await services.GetRequiredService<GridHouseholdsLoader>()
                    .CountAsync([.. grids.Select(g => g.Id)], ctx.CancellationToken);
                return grids.Select(g => new GridHouseholdDiscrepancy(g, g.Households, registered[g.Id]))
                    .Where(d => Math.Abs(d.Difference) * 100.0 > tolerance * (double)d.Declared)
                    .OrderByDescending(d => Math.Abs(d.DifferencePercent)).ThenBy(d => d.Grid.Code).ToList();
            });
    }
}

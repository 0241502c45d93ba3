using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.Offices;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.FieldWork;

public enum WorkTargetsSource { Own, Inherited, Default }

/// <summary>The targets a unit works to, and where they come from: its own row, its nearest ancestor's, or the
/// report's numbers.</summary>
public sealed record EffectiveWorkTargets(long UnitId, WorkTargetValues Values, WorkTargetsSource Source,
    long? SetAtUnitId);

/// <summary>Finds the targets units work to, set on the unit or above it (<see cref="InheritedSettings"/>).</summary>
public sealed class EffectiveWorkTargetsReader(GatewayDbContext db)
{
    public async Task<IReadOnlyDictionary<long, EffectiveWorkTargets>> ForAsync(
        IReadOnlyDictionary<long, string> unitPaths, CancellationToken cancellationToken)
    {
        var nearest = await InheritedSettings.NearestAsync<WorkTargets>(db, [.. unitPaths.Values], cancellationToken);
        return unitPaths.ToDictionary(u => u.Key, u => nearest[u.Value] is var (setAt, row)
            ? new EffectiveWorkTargets(u.Key, WorkTargetValues.Of(row),
                setAt == u.Key ? WorkTargetsSource.Own : WorkTargetsSource.Inherited, setAt)
            : new EffectiveWorkTargets(u.Key, WorkTargets.Defaults, WorkTargetsSource.Default, null));
    }

    /// <summary>The units among <paramref name="unitIds"/> in the caller's scope, for their kind and opening
    /// days: those columns only, as a city's thousand offices are read at once.</summary>
    public async Task<IReadOnlyDictionary<long, TargetedUnit>> UnitsAsync(IReadOnlyCollection<long> unitIds,
        CancellationToken cancellationToken) =>
        (await UnitsAsync(u => EF.Parameter(unitIds).Contains(u.Id), null, cancellationToken)).ToDictionary(u => u.Id);

    /// <summary>The units in the caller's scope that <paramref name="which"/> picks, of <paramref name="kind"/> when
    /// one is given.</summary>
    public async Task<List<TargetedUnit>> UnitsAsync(Expression<Func<OrgUnit, bool>> which, OrgUnitKind? kind,
        CancellationToken cancellationToken)
    {
        var units = db.OrgUnits.AsNoTracking().Where(which);
        if (kind is { } only) units = units.Where(u => u.Kind == only);
        return await units.Select(u => new TargetedUnit(u.Id, u.Kind, u.Path, u.OpenedOn, u.ClosedOn))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>A unit whose targets are read: its kind, place in the tree and the days it is open.</summary>
public sealed record TargetedUnit(long Id, OrgUnitKind Kind, string Path, DateOnly? OpenedOn, DateOnly? ClosedOn)
{
    /// <summary>As <see cref="OrgUnit.IsOpenOn"/>.</summary>
    public bool IsOpenOn(DateOnly day) =>
        (OpenedOn is null || OpenedOn <= day) && (ClosedOn is null || ClosedOn >= day);
}

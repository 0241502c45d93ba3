using Gateway.Api.Data;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.FieldWork;

public enum WorkTargetsSource { Own, Inherited, Default }

/// <summary>The targets a unit works to, and where they come from: its own row, its nearest ancestor's, or the
/// report's numbers.</summary>
public sealed record EffectiveWorkTargets(long UnitId, WorkTargetValues Values, WorkTargetsSource Source,
    long? SetAtUnitId);

/// <summary>
/// Finds the targets units work to. A unit's targets may be set by a unit above it, outside the caller's scope, so the
/// ancestors' rows are read past the row filters — only those of the ancestors of units the caller has found in its
/// scope, and only their numbers are served (the rows themselves stay unreadable, and the unit that set them reads as
/// null outside the scope).
/// </summary>
public sealed class EffectiveWorkTargetsReader(GatewayDbContext db)
{
    public async Task<IReadOnlyDictionary<long, EffectiveWorkTargets>> ForAsync(
        IReadOnlyDictionary<long, string> unitPaths, CancellationToken cancellationToken)
    {
        var lines = unitPaths.ToDictionary(u => u.Key, u => Ancestry(u.Value));
        var ancestors = lines.Values.SelectMany(l => l).Distinct().ToList();
        var rows = await db.WorkTargets.IgnoreQueryFilters([GatewayDbContext.TenantFilter]).AsNoTracking()
            .Where(t => ancestors.Contains(t.OwnerUnitId)).ToDictionaryAsync(t => t.OwnerUnitId, cancellationToken);
        return lines.ToDictionary(l => l.Key, l =>
        {
            // Nearest first: the unit itself, then up the tree.
            foreach (var unit in l.Value.AsEnumerable().Reverse())
                if (rows.TryGetValue(unit, out var row))
                    return new EffectiveWorkTargets(l.Key, WorkTargetValues.Of(row),
                        unit == l.Key ? WorkTargetsSource.Own : WorkTargetsSource.Inherited, unit);
            return new EffectiveWorkTargets(l.Key, WorkTargets.Defaults, WorkTargetsSource.Default, null);
        });
    }

    /// <summary>The ids of a unit's path, root first, the unit last: "/1/2/5/" is 1, 2, 5.</summary>
    private static long[] Ancestry(string path) =>
        [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse)];

    /// <summary>The units among <paramref name="unitIds"/> in the caller's scope, for their kind and opening
    /// days.</summary>
    public async Task<IReadOnlyDictionary<long, OrgUnit>> UnitsAsync(IReadOnlyCollection<long> unitIds,
        CancellationToken cancellationToken) =>
        await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id,
            cancellationToken);
}

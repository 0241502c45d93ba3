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
    /// days.</summary>
    public async Task<IReadOnlyDictionary<long, OrgUnit>> UnitsAsync(IReadOnlyCollection<long> unitIds,
        CancellationToken cancellationToken) =>
        await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id,
            cancellationToken);
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tenancy;

/// <summary>
/// Settings a unit inherits from the units above it (targets, weights…): a unit's own row, else the nearest row up
/// its path. A unit is often held to a setting made above the caller's scope, so the rows of the units on the paths
/// asked about are read past the row filters; the caller gets the row's values and the id of the unit that set
/// them, never the row, and reads that unit through the filters as any other.
/// </summary>
public static class InheritedSettings
{
    /// <summary>For each unit path ("/1/2/5/"), the nearest unit on it, itself first, holding a
    /// <typeparamref name="TSetting"/> row, with that row; null where none does.</summary>
    public static async Task<IReadOnlyDictionary<string, (long SetAt, TSetting Row)?>> NearestAsync<TSetting>(
        GatewayDbContext db, IReadOnlyCollection<string> unitPaths, CancellationToken cancellationToken)
        where TSetting : TenantOwnedEntity
    {
        var lines = unitPaths.Distinct().ToDictionary(path => path, UnitsOn);
        var units = lines.Values.SelectMany(line => line).Distinct().ToList();
        using var acrossTenants = db.LiftRowSecurity();
        var rows = await db.Set<TSetting>().IgnoreQueryFilters([GatewayDbContext.TenantFilter]).AsNoTracking()
            .Where(row => EF.Parameter(units).Contains(row.OwnerUnitId))
            .ToDictionaryAsync(row => row.OwnerUnitId, cancellationToken);
        return lines.ToDictionary(line => line.Key, line =>
            line.Value.LastOrDefault(rows.ContainsKey) is var nearest && nearest != 0
                ? ((long, TSetting)?)(nearest, rows[nearest]) : null);
    }

    /// <summary>The unit ids on a tree path, root first: "/1/2/5/" is 1, 2, 5.</summary>
    public static IReadOnlyList<long> UnitsOn(string path) =>
        [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse)];
}

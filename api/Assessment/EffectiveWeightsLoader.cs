using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Assessment;

/// <summary>
/// Per request: the weights that apply to the units one level of the query asks about, found together when the
/// executor first awaits one of them: one query for the weights of every unit on their paths, one for the units the
/// weights came from.
/// </summary>
/// <remarks>
/// A unit's weights are often set above the caller's scope (the bureau sets the county's, a station its offices'), and
/// an office must still know by which weights its officers are assessed. So the weights of the units on the path of a
/// unit the caller reads are read past the tenant filter: the three percentages alone, never another unit's row;
/// the unit they came from is read through the filter, and reads null above the caller's scope.
/// </remarks>
public sealed class EffectiveWeightsLoader(GatewayDbContext db, IOptions<AssessmentOptions> options)
{
    private readonly HashSet<string> pending = [];
    private readonly Dictionary<string, EffectiveWeights> loaded = [];
    private Task? round;

    /// <summary>The weights that apply to the unit whose tree path is <paramref name="unitPath"/>, e.g.
    /// "/1/2/5/".</summary>
    public IDataLoaderResult<EffectiveWeights> Load(string unitPath)
    {
        if (!loaded.ContainsKey(unitPath)) pending.Add(unitPath);
        return new PendingResult<EffectiveWeights>(async cancellationToken =>
        {
            if (pending.Count > 0)
            {
                var paths = pending.ToList();
                pending.Clear();
                round = FetchAsync(paths, cancellationToken);
            }
            if (!loaded.ContainsKey(unitPath)) await round!;
            return loaded[unitPath];
        });
    }

    private async Task FetchAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var unitsOnPaths = paths.SelectMany(UnitsOn).ToHashSet();
        var set = await db.AssessmentWeights.IgnoreQueryFilters([GatewayDbContext.TenantFilter])
            .Where(w => unitsOnPaths.Contains(w.OwnerUnitId))
            .Select(w => new { w.OwnerUnitId, w.Bureau, w.Community, w.Residents })
            .ToDictionaryAsync(w => w.OwnerUnitId, cancellationToken);
        var sourceIds = set.Keys.ToList();
        var sources = await db.OrgUnits.Where(u => sourceIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id,
            cancellationToken);
        var defaults = options.Value.DefaultWeights;
        foreach (var path in paths)
        {
            var units = UnitsOn(path);
            var nearest = units.LastOrDefault(set.ContainsKey);
            loaded[path] = nearest == 0
                ? new(defaults.Bureau, defaults.Community, defaults.Residents, AssessmentWeightsSource.Configuration,
                    null, null)
                : new(set[nearest].Bureau, set[nearest].Community, set[nearest].Residents,
                    nearest == units[^1] ? AssessmentWeightsSource.Own : AssessmentWeightsSource.Inherited, nearest,
                    sources.GetValueOrDefault(nearest));
        }
    }

    /// <summary>The ids on a tree path, from the top down: "/1/2/5/" gives 1, 2, 5.</summary>
    private static IReadOnlyList<long> UnitsOn(string path) =>
        [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse)];
}

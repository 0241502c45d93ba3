using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using Gateway.Api.Tenancy;
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
/// an office must still know by which weights its officers are assessed: <see cref="InheritedSettings"/> finds them,
/// and the unit they came from is read through the filter, null above the caller's scope.
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
        var nearest = await InheritedSettings.NearestAsync<AssessmentWeights>(db, paths, cancellationToken);
        var sourceIds = nearest.Values.OfType<(long SetAt, AssessmentWeights Row)>().Select(n => n.SetAt)
            .Distinct().ToList();
        var sources = await db.OrgUnits.Where(u => sourceIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id,
            cancellationToken);
        var defaults = options.Value.DefaultWeights;
        foreach (var path in paths)
            loaded[path] = nearest[path] is var (setAt, row)
                ? new(row.Bureau, row.Community, row.Residents,
                    setAt == InheritedSettings.UnitsOn(path)[^1] ? AssessmentWeightsSource.Own
                        : AssessmentWeightsSource.Inherited, setAt, sources.GetValueOrDefault(setAt))
                : new(defaults.Bureau, defaults.Community, defaults.Residents, AssessmentWeightsSource.Configuration,
                    null, null);
    }
}

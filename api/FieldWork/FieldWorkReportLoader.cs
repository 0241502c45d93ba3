using Gateway.Api.GraphQL.Loading;
using GraphQL.DataLoader;

namespace Gateway.Api.FieldWork;

/// <summary>
/// Per request: the reports one level of the query asks for over the same period are computed together when the
/// executor first awaits one of them, so a list of offices or people costs the calculator's few queries, not a few per
/// row.
/// </summary>
public sealed class FieldWorkReportLoader(ThreeMustsCalculator calculator, EffectiveWorkTargetsReader targets)
{
    private readonly Batches<CountyPeriod, IReadOnlyList<ThreeMustsReport>> offices =
        new(calculator.ForOfficesAsync);
    private readonly Batches<CountyPeriod, IReadOnlyList<ThreeMustsReport>> people = new(calculator.ForPeopleAsync);
    private readonly Batches<CountyPeriod, DailyQuotasReport?> quotas = new(calculator.DailyQuotasAsync);
    private readonly Batches<bool, EffectiveWorkTargets?> effective = new(async (ids, _, ct) =>
    {
        var units = await targets.UnitsAsync(ids, ct);
        var found = await targets.ForAsync(units.ToDictionary(u => u.Key, u => u.Value.Path), ct);
        return ids.ToDictionary(id => id, id => found.GetValueOrDefault(id));
    });

    public IDataLoaderResult<IReadOnlyList<ThreeMustsReport>> ThreeMustsOfOffice(long unitId, CountyPeriod period) =>
        offices.Load(unitId, period);

    public IDataLoaderResult<IReadOnlyList<ThreeMustsReport>> ThreeMustsOfPerson(long personId, CountyPeriod period) =>
        people.Load(personId, period);

    public IDataLoaderResult<DailyQuotasReport?> DailyQuotas(long unitId, CountyPeriod period) =>
        quotas.Load(unitId, period);

    public IDataLoaderResult<EffectiveWorkTargets?> WorkTargets(long unitId) => effective.Load(unitId, true);

    /// <summary>Keys asked for with the same argument, fetched in one round the first time one is awaited.</summary>
    private sealed class Batches<TArgument, TResult>(
        Func<IReadOnlyCollection<long>, TArgument, CancellationToken, Task<IReadOnlyDictionary<long, TResult>>> fetch)
        where TArgument : notnull
    {
        private readonly Dictionary<TArgument, HashSet<long>> pending = [];
        private readonly Dictionary<(long, TArgument), TResult> loaded = [];
        private readonly Dictionary<TArgument, Task> rounds = [];

        public IDataLoaderResult<TResult> Load(long key, TArgument argument)
        {
            if (!loaded.ContainsKey((key, argument)))
            {
                if (!pending.TryGetValue(argument, out var keys)) pending[argument] = keys = [];
                keys.Add(key);
            }
            return new PendingResult<TResult>(async cancellationToken =>
            {
                if (pending.Remove(argument, out var keys))
                    rounds[argument] = FetchAsync(keys, argument, cancellationToken);
                if (!loaded.ContainsKey((key, argument))) await rounds[argument];
                return loaded[(key, argument)];
            });
        }

        private async Task FetchAsync(HashSet<long> keys, TArgument argument, CancellationToken cancellationToken)
        {
            foreach (var (key, result) in await fetch(keys, argument, cancellationToken))
                loaded[(key, argument)] = result;
        }
    }
}

using Gateway.Api.GraphQL.Loading;
using GraphQL.DataLoader;

namespace Gateway.Api.Personnel;

/// <summary>
/// Per request: the offices whose staffing one level of the query asks for on the same day are computed together
/// when the executor first awaits one of them, so a list of offices costs the calculator's two queries, not two per
/// office.
/// </summary>
public sealed class OfficeStaffingLoader(OfficeStaffingCalculator calculator)
{
    private readonly Dictionary<DateOnly, HashSet<long>> pending = [];
    private readonly Dictionary<(long, DateOnly), OfficeStaffing> loaded = [];
    private readonly Dictionary<DateOnly, Task> rounds = [];

    public IDataLoaderResult<OfficeStaffing> Load(long officeId, DateOnly on)
    {
        if (!loaded.ContainsKey((officeId, on)))
        {
            if (!pending.TryGetValue(on, out var ids)) pending[on] = ids = [];
            ids.Add(officeId);
        }
        return new PendingResult<OfficeStaffing>(async cancellationToken =>
        {
            if (pending.Remove(on, out var ids)) rounds[on] = FetchAsync(ids, on, cancellationToken);
            if (!loaded.ContainsKey((officeId, on))) await rounds[on];
            return loaded[(officeId, on)];
        });
    }

    private async Task FetchAsync(HashSet<long> officeIds, DateOnly on, CancellationToken cancellationToken)
    {
        foreach (var (id, staffing) in await calculator.ForAsync(officeIds, on, cancellationToken))
            loaded[(id, on)] = staffing;
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>
/// Computes <see cref="OfficeStaffing"/> from the postings that cover a day, under the caller's row filters: two
/// queries (postings with their people, and the offices' grids) for any number of offices and days. An office the
/// caller cannot read, or a unit that is not a community office, comes out with nobody posted.
/// </summary>
public sealed class OfficeStaffingCalculator(GatewayDbContext db)
{
    private static readonly AssignmentRole[] OfficeRoles =
        [AssignmentRole.OfficePolice, AssignmentRole.OfficeAuxiliary, AssignmentRole.GridWorker];

    public async Task<OfficeStaffing> ForAsync(long officeId, DateOnly on, CancellationToken cancellationToken) =>
        (await ForAsync([officeId], on, cancellationToken))[officeId];

    public async Task<IReadOnlyDictionary<long, OfficeStaffing>> ForAsync(IReadOnlyCollection<long> officeIds,
        DateOnly on, CancellationToken cancellationToken) =>
        (await ForDaysAsync(officeIds, [on], cancellationToken)).ToDictionary(s => s.Key.OfficeId, s => s.Value);

    /// <summary>Each office's staffing on each of <paramref name="days"/>, read in the same two queries as one
    /// day's: the postings and grids that run on any of the days, then told apart day by day.</summary>
    public async Task<IReadOnlyDictionary<(long OfficeId, DateOnly On), OfficeStaffing>> ForDaysAsync(
        IReadOnlyCollection<long> officeIds, IReadOnlyCollection<DateOnly> days, CancellationToken cancellationToken)
    {
        if (days.Count == 0) return new Dictionary<(long, DateOnly), OfficeStaffing>();
        var (first, last) = (days.Min(), days.Max());
        // A posting covers its first and its last day; To is null while it runs.
        var postings = await db.Assignments.AsNoTracking()
            .Where(a => officeIds.Contains(a.UnitId) && OfficeRoles.Contains(a.Role)
                && a.From <= last && (a.To == null || a.To >= first))
            .Join(db.People.AsNoTracking(), a => a.PersonId, p => p.Id,
                (a, p) => new { a.UnitId, a.Role, a.GridId, a.From, a.To, Person = p })
            .OrderBy(p => p.Person.Id).ToListAsync(cancellationToken);
        // An office is answerable for the grids it runs on the day: not those retired, split or merged before it.
        var grids = await db.Grids.AsNoTracking().Where(g => officeIds.Contains(g.OwnerUnitId)
                && g.OpenedOn <= last && (g.RetiredOn == null || g.RetiredOn >= first))
            .OrderBy(g => g.Code).ThenBy(g => g.Id).ToListAsync(cancellationToken);

        var staffing = new Dictionary<(long, DateOnly), OfficeStaffing>();
        foreach (var on in days.Distinct())
        {
            var postedOn = postings.Where(p => p.From <= on && (p.To == null || p.To >= on)).ToList();
            var gridsOn = grids.Where(g => g.OpenedOn <= on && (g.RetiredOn == null || g.RetiredOn >= on)).ToList();
            foreach (var id in officeIds.Distinct())
            {
                var posted = postedOn.Where(p => p.UnitId == id).ToList();
                List<Person> Holding(AssignmentRole role) =>
                    [.. posted.Where(p => p.Role == role).Select(p => p.Person).DistinctBy(p => p.Id)];
                staffing[(id, on)] = new OfficeStaffing(id, on, Holding(AssignmentRole.OfficePolice),
                    Holding(AssignmentRole.OfficeAuxiliary), Holding(AssignmentRole.GridWorker),
                    [.. gridsOn.Where(g => g.OwnerUnitId == id).Select(grid => new GridStaffing(grid,
                        [.. posted.Where(p => p.Role == AssignmentRole.GridWorker && p.GridId == grid.Id)
                            .Select(p => p.Person).DistinctBy(p => p.Id)]))]);
            }
        }
        return staffing;
    }
}

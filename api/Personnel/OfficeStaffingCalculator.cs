using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Personnel;

/// <summary>
/// Computes <see cref="OfficeStaffing"/> from the postings that cover a day, under the caller's row filters: two
/// queries (postings with their people, and the offices' grids) for any number of offices. An office the caller
/// cannot read, or a unit that is not a community office, comes out with nobody posted.
/// </summary>
public sealed class OfficeStaffingCalculator(GatewayDbContext db)
{
    private static readonly AssignmentRole[] OfficeRoles =
        [AssignmentRole.OfficePolice, AssignmentRole.OfficeAuxiliary, AssignmentRole.GridWorker];

    public async Task<OfficeStaffing> ForAsync(long officeId, DateOnly on, CancellationToken cancellationToken) =>
        (await ForAsync([officeId], on, cancellationToken))[officeId];

    public async Task<IReadOnlyDictionary<long, OfficeStaffing>> ForAsync(IReadOnlyCollection<long> officeIds,
        DateOnly on, CancellationToken cancellationToken)
    {
        // A posting covers its first and its last day; To is null while it runs.
        var postings = await db.Assignments.AsNoTracking()
            .Where(a => officeIds.Contains(a.UnitId) && OfficeRoles.Contains(a.Role)
                && a.From <= on && (a.To == null || a.To >= on))
            .Join(db.People.AsNoTracking(), a => a.PersonId, p => p.Id,
                (a, p) => new { a.UnitId, a.Role, a.GridId, Person = p })
            .OrderBy(p => p.Person.Id).ToListAsync(cancellationToken);
        // An office is answerable for the grids it runs on the day: not those retired, split or merged before it.
        var grids = await db.Grids.AsNoTracking().Where(g => officeIds.Contains(g.OwnerUnitId)
                && g.OpenedOn <= on && (g.RetiredOn == null || g.RetiredOn >= on))
            .OrderBy(g => g.Code).ThenBy(g => g.Id).ToListAsync(cancellationToken);

        return officeIds.Distinct().ToDictionary(id => id, id =>
        {
            var posted = postings.Where(p => p.UnitId == id).ToList();
            List<Person> Holding(AssignmentRole role) =>
                [.. posted.Where(p => p.Role == role).Select(p => p.Person).DistinctBy(p => p.Id)];
            return new OfficeStaffing(id, on, Holding(AssignmentRole.OfficePolice),
                Holding(AssignmentRole.OfficeAuxiliary), Holding(AssignmentRole.GridWorker),
                [.. grids.Where(g => g.OwnerUnitId == id).Select(grid => new GridStaffing(grid,
                    [.. posted.Where(p => p.Role == AssignmentRole.GridWorker && p.GridId == grid.Id)
                        .Select(p => p.Person).DistinctBy(p => p.Id)]))]);
        });
    }
}

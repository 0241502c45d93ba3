using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Grids;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Statistics;

/// <summary>
/// Turns the <c>statistics</c> arguments into a checked <see cref="StatisticsRequest"/>: the period, the unit (the
/// caller's own unless narrowed to one below it), any grid or person narrowed to — each found under the caller's
/// tenant filter, so another tenant's id is simply not found — and the groups that get rows. One to four small
/// queries, whatever the statistics asked for next.
/// </summary>
public sealed class StatisticsRequestReader(GatewayDbContext db, TenantScope scope, IOptions<StatisticsOptions> options)
{
    public const string NotFound = "NOT_FOUND";

    public async Task<StatisticsRequest> ReadAsync(DateTimeOffset from, DateTimeOffset to, StatisticsBucket bucket,
        StatisticsGrouping grouping, string? unitId, string? gridId, string? personId,
        CancellationToken cancellationToken)
    {
        var period = StatisticsPeriod.Checked(from, to, bucket);
        if ((grouping == StatisticsGrouping.Person || personId is not null) && !scope.Has(Permissions.PersonnelRead))
            throw new ExecutionError("Figures per person need the personnel.read permission.")
            {
                Code = "ACCESS_DENIED",
            };

        var (unit, unitCode) = await UnitAsync(unitId, cancellationToken);
        // Rows by unit, grid or person name the units below; a SCOPE row names the unit alone, already read.
        var units = grouping == StatisticsGrouping.Scope ? [] : await db.OrgUnits.AsNoTracking()
            .Where(unit.Covers())
            .Select(u => new UnitInScope(u.Id, u.Code, u.NameZh, u.Path, u.OpenedOn, u.ClosedOn))
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var lastDay = period.EndDay.AddDays(-1);

        var gridKey = gridId is null ? (long?)null : Decode(gridId, "Grid", "gridId");
        var personKey = personId is null ? (long?)null : Decode(personId, "Person", "personId");
        var grid = gridKey is null ? null : await db.Grids.AsNoTracking()
            .Where(g => g.Id == gridKey).Where(unit.Owns<Grid>())
            .Select(g => new { g.Id, g.Code, g.Name, g.OwnerUnitId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw Missing("gridId", "grid");
        var person = personKey is null ? null : await db.Assignments.AsNoTracking()
            .Where(a => a.PersonId == personKey).Where(unit.Owns<Assignment>())
            .Select(a => new { a.PersonId, a.Person!.Name }).FirstOrDefaultAsync(cancellationToken)
            ?? throw Missing("personId", "person posted in the unit");

        IReadOnlyList<StatisticsGroup> groups;
        switch (grouping)
        {
            case StatisticsGrouping.Unit:
                groups = [.. units.Values.Where(u => (u.OpenedOn is null || u.OpenedOn <= lastDay)
                        && (u.ClosedOn is null || u.ClosedOn >= period.FirstDay)).OrderBy(u => u.Path)
                    .Select(u => new StatisticsGroup(u.Id, u.Code, u.NameZh))];
                break;
            case StatisticsGrouping.Grid:
                var grids = await db.Grids.AsNoTracking().Where(unit.Owns<Grid>())
                    .Where(g => grid == null || g.Id == grid.Id)
                    .Where(g => g.OpenedOn <= lastDay && (g.RetiredOn == null || g.RetiredOn >= period.FirstDay))
                    .OrderBy(g => g.Code).Select(g => new { g.Id, g.Code, g.Name, g.OwnerUnitId })
                    .ToListAsync(cancellationToken);
                var gridGroups = grids.Select(g => new StatisticsGroup(g.OwnerUnitId, units[g.OwnerUnitId].Code,
                    units[g.OwnerUnitId].NameZh, g.Id, g.Code, g.Name));
                // What belongs to no grid gets a row of its own, unless the request narrows to one grid.
                groups = grid is null
                    ? [.. gridGroups, new StatisticsGroup(unit.Id, unitCode, unit.Name)]
                    : [.. gridGroups];
                break;
            case StatisticsGrouping.Person:
                var postings = await db.Assignments.AsNoTracking().Where(unit.Owns<Assignment>())
                    .Where(a => a.From <= lastDay && (a.To == null || a.To >= period.FirstDay))
                    .Where(a => grid == null || a.GridId == grid.Id)
                    .Where(a => person == null || a.PersonId == person.PersonId)
                    .OrderBy(a => a.From).ThenBy(a => a.Id)
                    .Select(a => new { a.PersonId, a.Person!.Name, a.UnitId }).ToListAsync(cancellationToken);
                groups = [.. postings.GroupBy(p => p.PersonId).Select(p => p.Last())
                    .Where(p => units.ContainsKey(p.UnitId)).OrderBy(p => units[p.UnitId].Path).ThenBy(p => p.PersonId)
                    .Select(p => new StatisticsGroup(p.UnitId, units[p.UnitId].Code, units[p.UnitId].NameZh,
                        PersonId: p.PersonId, PersonName: p.Name))];
                break;
            default:
                groups = [new StatisticsGroup(unit.Id, unitCode, unit.Name)];
                break;
        }
        return new StatisticsRequest(period, grouping, unit, grid?.Id, person?.PersonId, groups,
            options.Value.MaxRows);
    }

    /// <summary>The unit the statistics count in, and its code.</summary>
    private async Task<(StatisticsUnit Unit, string Code)> UnitAsync(string? unitId,
        CancellationToken cancellationToken)
    {
        var id = unitId is null ? scope.UnitId : Decode(unitId, "OrgUnit", "unitId");
        var unit = id is null ? null : await db.OrgUnits.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { Unit = new StatisticsUnit(u.Id, u.Path, u.NameZh), u.Code })
            .FirstOrDefaultAsync(cancellationToken);
        // A unit shared down from above is readable but not the caller's to count.
        return unit is not null && scope.Covers(unit.Unit.Path) ? (unit.Unit, unit.Code)
            : throw Missing("unitId", "unit");
    }

    private sealed record UnitInScope(long Id, string Code, string NameZh, string Path, DateOnly? OpenedOn,
        DateOnly? ClosedOn);

    private static long Decode(string id, string typeName, string argument) =>
        GlobalId.TryDecode(id, out var type, out var value) && type == typeName ? value
            : throw new ExecutionError($"`{argument}` is not the id of a {typeName}.") { Code = "BAD_USER_INPUT" };

    private static ExecutionError Missing(string argument, string what) =>
        new($"No {what} with that `{argument}` in your scope.") { Code = NotFound };
}

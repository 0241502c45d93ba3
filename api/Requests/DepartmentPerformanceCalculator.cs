using Gateway.Api.Data;
using Gateway.Api.Offices;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Requests;

/// <summary>
/// Departments' yearly records, one GROUP BY per measure over the caller's tenant-filtered rows, so an office sees
/// the numbers of its own requests alone. A department appears when anything of the year (or overdue now) counts.
/// </summary>
public sealed class DepartmentPerformanceCalculator(GatewayDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DepartmentPerformance>> ForYearAsync(int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
            throw new ExecutionError("`year` must be between 2000 and 2100.") { Code = "BAD_YEAR" };
        var from = CountyCalendar.StartOf(new DateOnly(year, 1, 1));
        var to = CountyCalendar.StartOf(new DateOnly(year + 1, 1, 1));
        var now = clock.GetUtcNow().UtcDateTime;
        var requests = db.ServiceRequests.Where(r => r.DepartmentId != null);

        var dispatched = await Counted(db.RequestDispatches.Where(d => d.DispatchedAt >= from && d.DispatchedAt < to)
            .GroupBy(d => d.DepartmentId).Select(g => new { g.Key, Count = g.Count() }), g => g.Key, g => g.Count, ct);
        var replied = await requests.Where(r => r.RepliedAt >= from && r.RepliedAt < to)
            .GroupBy(r => r.DepartmentId!.Value)
            .Select(g => new { g.Key, Count = g.Count(), OnTime = g.Count(r => r.RepliedAt <= r.Deadline) })
            .ToDictionaryAsync(g => g.Key, ct);
        var closed = await Counted(requests.Where(r => r.ClosedAt >= from && r.ClosedAt < to)
            .GroupBy(r => r.DepartmentId!.Value).Select(g => new { g.Key, Count = g.Count() }),
            g => g.Key, g => g.Count, ct);
        var overdue = await Counted(requests
            .Where(r => r.Deadline < now && !ServiceRequest.Answered.Contains(r.Stage))
            .GroupBy(r => r.DepartmentId!.Value).Select(g => new { g.Key, Count = g.Count() }),
            g => g.Key, g => g.Count, ct);
        var chases = await Counted(db.RequestChases.Where(c => c.ChasedAt >= from && c.ChasedAt < to)
            .Join(requests, c => c.RequestId, r => r.Id, (c, r) => r.DepartmentId!.Value)
            .GroupBy(d => d).Select(g => new { g.Key, Count = g.Count() }), g => g.Key, g => g.Count, ct);
        var extensions = await Counted(db.RequestExtensions
            .Where(e => e.Decision == ExtensionDecision.Approved && e.DecidedAt >= from && e.DecidedAt < to)
            .Join(requests, e => e.RequestId, r => r.Id, (e, r) => r.DepartmentId!.Value)
            .GroupBy(d => d).Select(g => new { g.Key, Count = g.Count() }), g => g.Key, g => g.Count, ct);
        var scores = await db.RequestScorings.Where(s => s.ScoredAt >= from && s.ScoredAt < to)
            .GroupBy(s => s.DepartmentId)
            .Select(g => new
            {
                g.Key, Count = g.Count(), Effectiveness = g.Average(s => (double)s.Effectiveness),
                Residents = g.Average(s => (double)s.ResidentsEvaluation),
                Procedure = g.Average(s => (double)s.Procedure),
            })
            .ToDictionaryAsync(g => g.Key, ct);
        var visits = await db.ReturnVisits.Where(v => v.VisitedAt >= from && v.VisitedAt < to)
            .Join(requests, v => v.RequestId, r => r.Id, (v, r) => new { r.DepartmentId, v.Satisfied })
            .GroupBy(v => v.DepartmentId!.Value)
            .Select(g => new { g.Key, Count = g.Count(), Satisfied = g.Count(v => v.Satisfied) })
            .ToDictionaryAsync(g => g.Key, ct);

        var ids = dispatched.Keys.Concat(replied.Keys).Concat(closed.Keys).Concat(overdue.Keys).Concat(chases.Keys)
            .Concat(extensions.Keys).Concat(scores.Keys).Concat(visits.Keys).Distinct().ToList();
        var departments = await db.Set<ExternalOrganisation>().Where(o => ids.Contains(o.Id))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.NameZh }).ToListAsync(ct);
        return departments.Select(d => new DepartmentPerformance(d.Id, d.Name, d.NameZh, year)
        {
            Dispatched = dispatched.GetValueOrDefault(d.Id),
            Replied = replied.TryGetValue(d.Id, out var r) ? r.Count : 0,
            RepliedOnTime = r?.OnTime ?? 0,
            Closed = closed.GetValueOrDefault(d.Id),
            OverdueNow = overdue.GetValueOrDefault(d.Id),
            Chases = chases.GetValueOrDefault(d.Id),
            ExtensionsApproved = extensions.GetValueOrDefault(d.Id),
            Scored = scores.TryGetValue(d.Id, out var s) ? s.Count : 0,
            MeanEffectiveness = s?.Effectiveness,
            MeanResidentsEvaluation = s?.Residents,
            MeanProcedure = s?.Procedure,
            ReturnVisits = visits.TryGetValue(d.Id, out var v) ? v.Count : 0,
            SatisfiedShare = v is null ? null : (double)v.Satisfied / v.Count,
        }).ToList();
    }

    private static Task<Dictionary<long, int>> Counted<T>(IQueryable<T> groups, Func<T, long> key, Func<T, int> count,
        CancellationToken ct) => groups.ToDictionaryAsync(key, count, ct);
}

using Gateway.Api.Data;
using Gateway.Api.Offices;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Requests;

/// <summary>
/// Departments' records, one GROUP BY per measure over the caller's tenant-filtered rows, so an office sees the
/// numbers of its own requests alone. Counted per department, owning unit and county day, so a year, or any period
/// cut into buckets, is a sum of days. A department appears when anything of the period (or overdue now) counts.
/// </summary>
public sealed class DepartmentPerformanceCalculator(GatewayDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DepartmentPerformance>> ForYearAsync(int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
            throw new ExecutionError("`year` must be between 2000 and 2100.") { Code = "BAD_YEAR" };
        var records = await CountAsync(CountyCalendar.StartOf(new DateOnly(year, 1, 1)),
            CountyCalendar.StartOf(new DateOnly(year + 1, 1, 1)), owners: null, ct);
        var days = records.Days.ToLookup(d => d.DepartmentId);
        var overdue = records.OverdueNow.ToLookup(o => o.DepartmentId);
        return records.Departments.Select(d =>
        {
            var tally = new DepartmentTally();
            foreach (var day in days[d.Id]) tally.Add(day.Tally);
            return new DepartmentPerformance(d.Id, d.Name, d.NameZh, year)
            {
                Dispatched = tally.Dispatched,
                Replied = tally.Replied,
                RepliedOnTime = tally.RepliedOnTime,
                Closed = tally.Closed,
                OverdueNow = overdue[d.Id].Sum(o => o.Requests),
                Chases = tally.Chases,
                ExtensionsApproved = tally.ExtensionsApproved,
                Scored = tally.Scored,
                MeanEffectiveness = tally.MeanEffectiveness,
                MeanResidentsEvaluation = tally.MeanResidentsEvaluation,
                MeanProcedure = tally.MeanProcedure,
                ReturnVisits = tally.ReturnVisits,
                SatisfiedShare = tally.SatisfiedShare,
            };
        }).ToList();
    }

    /// <summary>
    /// Each department's figures in [<paramref name="from"/>, <paramref name="to"/>) (UTC) per owning unit and county
    /// day, on the caller's rows or those of them <paramref name="owners"/> narrows to. Events count on the day they
    /// happened: dispatches for the department dispatched to, scores for the department scored; replies, closings,
    /// chases, approved extensions and return visits for the department the request is with now.
    /// </summary>
    public async Task<DepartmentRecords> CountAsync(DateTime from, DateTime to, IOwnerRange? owners,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tallies = new Dictionary<(long Department, long Unit, DateOnly Day), DepartmentTally>();
        DepartmentTally At(long department, long unit, DateOnly day) =>
            tallies.TryGetValue((department, unit, day), out var tally) ? tally
                : tallies[(department, unit, day)] = new DepartmentTally();
        var requests = Owned(db.ServiceRequests, owners).Where(r => r.DepartmentId != null);

        foreach (var g in await Owned(db.RequestDispatches, owners)
            .Where(d => d.DispatchedAt >= from && d.DispatchedAt < to)
            .GroupBy(d => new { d.DepartmentId, d.OwnerUnitId, Day = CountyCalendar.DayOf(d.DispatchedAt) })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            At(g.Key.DepartmentId, g.Key.OwnerUnitId, g.Key.Day).Dispatched += g.Count;
        foreach (var g in await requests.Where(r => r.RepliedAt >= from && r.RepliedAt < to)
            .GroupBy(r => new { Department = r.DepartmentId!.Value, r.OwnerUnitId,
                Day = CountyCalendar.DayOf(r.RepliedAt!.Value) })
            .Select(g => new { g.Key, Count = g.Count(), OnTime = g.Count(r => r.RepliedAt <= r.Deadline) })
            .ToListAsync(ct))
        {
            var tally = At(g.Key.Department, g.Key.OwnerUnitId, g.Key.Day);
            (tally.Replied, tally.RepliedOnTime) = (tally.Replied + g.Count, tally.RepliedOnTime + g.OnTime);
        }
        foreach (var g in await requests.Where(r => r.ClosedAt >= from && r.ClosedAt < to)
            .GroupBy(r => new { Department = r.DepartmentId!.Value, r.OwnerUnitId,
                Day = CountyCalendar.DayOf(r.ClosedAt!.Value) })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            At(g.Key.Department, g.Key.OwnerUnitId, g.Key.Day).Closed += g.Count;
        foreach (var g in await Owned(db.RequestChases, owners).Where(c => c.ChasedAt >= from && c.ChasedAt < to)
            .Join(requests, c => c.RequestId, r => r.Id, (c, r) => new { Department = r.DepartmentId!.Value,
                r.OwnerUnitId, Day = CountyCalendar.DayOf(c.ChasedAt) })
            .GroupBy(c => c).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            At(g.Key.Department, g.Key.OwnerUnitId, g.Key.Day).Chases += g.Count;
        foreach (var g in await Owned(db.RequestExtensions, owners)
            .Where(e => e.Decision == ExtensionDecision.Approved && e.DecidedAt >= from && e.DecidedAt < to)
            .Join(requests, e => e.RequestId, r => r.Id, (e, r) => new { Department = r.DepartmentId!.Value,
                r.OwnerUnitId, Day = CountyCalendar.DayOf(e.DecidedAt!.Value) })
            .GroupBy(e => e).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            At(g.Key.Department, g.Key.OwnerUnitId, g.Key.Day).ExtensionsApproved += g.Count;
        foreach (var g in await Owned(db.RequestScorings, owners).Where(s => s.ScoredAt >= from && s.ScoredAt < to)
            .GroupBy(s => new { s.DepartmentId, s.OwnerUnitId, Day = CountyCalendar.DayOf(s.ScoredAt) })
            .Select(g => new
            {
                g.Key, Count = g.Count(), Effectiveness = g.Sum(s => s.Effectiveness),
                Residents = g.Sum(s => s.ResidentsEvaluation), Procedure = g.Sum(s => s.Procedure),
            })
            .ToListAsync(ct))
        {
            var tally = At(g.Key.DepartmentId, g.Key.OwnerUnitId, g.Key.Day);
            tally.Scored += g.Count;
            tally.EffectivenessSum += g.Effectiveness;
            tally.ResidentsEvaluationSum += g.Residents;
            tally.ProcedureSum += g.Procedure;
        }
        foreach (var g in await Owned(db.ReturnVisits, owners).Where(v => v.VisitedAt >= from && v.VisitedAt < to)
            .Join(requests, v => v.RequestId, r => r.Id, (v, r) => new { Department = r.DepartmentId!.Value,
                r.OwnerUnitId, Day = CountyCalendar.DayOf(v.VisitedAt), v.Satisfied })
            .GroupBy(v => new { v.Department, v.OwnerUnitId, v.Day })
            .Select(g => new { g.Key, Count = g.Count(), Satisfied = g.Count(v => v.Satisfied) }).ToListAsync(ct))
        {
            var tally = At(g.Key.Department, g.Key.OwnerUnitId, g.Key.Day);
            (tally.ReturnVisits, tally.Satisfied) = (tally.ReturnVisits + g.Count, tally.Satisfied + g.Satisfied);
        }
        var overdue = (await requests.Where(ServiceRequest.OverdueAt(now))
                .GroupBy(r => new { Department = r.DepartmentId!.Value, r.OwnerUnitId })
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(g => new DepartmentOverdue(g.Key.Department, g.Key.OwnerUnitId, g.Count)).ToList();

        var ids = tallies.Keys.Select(k => k.Department).Concat(overdue.Select(o => o.DepartmentId)).Distinct()
            .ToList();
        var departments = await db.Set<ExternalOrganisation>().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new DepartmentName(o.Id, o.Name, o.NameZh)).ToListAsync(ct);
        return new DepartmentRecords(
            [.. tallies.Select(t => new DepartmentDay(t.Key.Department, t.Key.Unit, t.Key.Day, t.Value))],
            overdue, departments);
    }

    private static IQueryable<T> Owned<T>(IQueryable<T> rows, IOwnerRange? owners) where T : TenantOwnedEntity =>
        owners is null ? rows : rows.Where(owners.Owns<T>());
}

using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Gateway.Api.FieldWork;

/// <summary>
/// Computes the "three musts" and the daily quotas under the caller's row filters. The database counts: field work is
/// read from its rollups (<see cref="FieldWorkDayTotal"/> per person, <see cref="FieldWorkUnitTotal"/> per office),
/// summed per county day and kind in SQL, never read entry by entry. A report of any number of people
/// or offices costs the same few queries: postings, leave, the sums, the units and their targets.
/// </summary>
/// <remarks>
/// A person's duty days at an office are the county days of the period on which a posting there runs and no leave
/// (rest day included) that stands covers them; only these are assessed. Residents visited on a day are the counts of
/// resident visits and home visits (走访, 入户走访); a visit day of a week is a duty day with a home or enterprise visit;
/// a special-group service counts once per entry, which names the resident served. A week or month that the period or
/// the posting cuts has its target scaled to the days posted in it, rounded up: ceil(3 × days ÷ 7), ceil(10 × days ÷
/// days of the month); leave does not scale a target.
/// </remarks>
public sealed class ThreeMustsCalculator(GatewayDbContext db, EffectiveWorkTargetsReader targets)
{
    private static readonly AssignmentRole[] OfficeRoles =
        [AssignmentRole.OfficePolice, AssignmentRole.OfficeAuxiliary, AssignmentRole.GridWorker];

    /// <summary>Visits of residents: each counts the residents it stands for.</summary>
    public static readonly FieldWorkKind[] ResidentsVisitedKinds =
        [FieldWorkKind.ResidentVisit, FieldWorkKind.HomeVisit];

    /// <summary>What makes a day a visit day of its week.</summary>
    public static readonly FieldWorkKind[] VisitDayKinds = [FieldWorkKind.HomeVisit, FieldWorkKind.EnterpriseVisit];

    private static readonly FieldWorkKind[] ThreeMustsKinds =
        [FieldWorkKind.ResidentVisit, FieldWorkKind.HomeVisit, FieldWorkKind.EnterpriseVisit,
            FieldWorkKind.SpecialGroupService];

    /// <summary>One report per person posted to each office among <paramref name="unitIds"/> during the period, by
    /// office; an office without anyone posted has none.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<ThreeMustsReport>>> ForOfficesAsync(
        IReadOnlyCollection<long> unitIds, CountyPeriod period, CancellationToken cancellationToken)
    {
        var reports = (await ComputeAsync(a => EF.Parameter(unitIds).Contains(a.UnitId), period, cancellationToken))
            .ToLookup(r => r.UnitId);
        return unitIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<ThreeMustsReport>)[.. reports[id]]);
    }

    /// <summary>One report per office each of <paramref name="personIds"/> was posted to during the period, by
    /// person.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<ThreeMustsReport>>> ForPeopleAsync(
        IReadOnlyCollection<long> personIds, CountyPeriod period, CancellationToken cancellationToken)
    {
        var reports = (await ComputeAsync(a => EF.Parameter(personIds).Contains(a.PersonId), period, cancellationToken))
            .ToLookup(r => r.PersonId);
        return personIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<ThreeMustsReport>)[.. reports[id]]);
    }

    private async Task<List<ThreeMustsReport>> ComputeAsync(Expression<Func<Assignment, bool>> which,
        CountyPeriod period, CancellationToken cancellationToken)
    {
        var postings = await db.Assignments.AsNoTracking().Where(which)
            .Where(a => OfficeRoles.Contains(a.Role) && a.From <= period.To && (a.To == null || a.To >= period.From))
            .OrderBy(a => a.From).ThenBy(a => a.Id)
            .Select(a => new { a.PersonId, a.UnitId, a.Role, a.From, a.To }).ToListAsync(cancellationToken);
        if (postings.Count == 0) return [];
        var personIds = postings.Select(p => p.PersonId).Distinct().ToList();
        var leave = await db.LeavePeriods.AsNoTracking()
            .Where(l => EF.Parameter(personIds).Contains(l.PersonId) && l.CancelledOn == null && l.From <= period.To
                && l.To >= period.From)
            .Select(l => new { l.PersonId, l.From, l.To }).ToListAsync(cancellationToken);
        // Summed from the day totals, which count active entries only; a special-group service counts once per entry
        // naming its resident.
        var sums = await db.FieldWorkDayTotals.AsNoTracking()
            .Where(t => EF.Parameter(personIds).Contains(t.PersonId) && ThreeMustsKinds.Contains(t.Kind)
                && t.Day >= period.From && t.Day <= period.To)
            .GroupBy(t => new { t.PersonId, t.Day, t.Kind })
            .Select(g => new
            {
                g.Key.PersonId, g.Key.Day, g.Key.Kind, Count = g.Sum(t => t.Count),
                Services = g.Sum(t => t.ResidentEntries),
            })
            .ToListAsync(cancellationToken);
        var units = await targets.UnitsAsync([.. postings.Select(p => p.UnitId).Distinct()], cancellationToken);
        var unitTargets = await targets.ForAsync(units.ToDictionary(u => u.Key, u => u.Value.Path),
            cancellationToken);

        var (leaveOf, sumsOf) = (leave.ToLookup(l => l.PersonId), sums.ToLookup(s => s.PersonId));
        var reports = new List<ThreeMustsReport>();
        foreach (var held in postings.GroupBy(p => (p.PersonId, p.UnitId)))
        {
            var (personId, unitId) = held.Key;
            if (!unitTargets.TryGetValue(unitId, out var effective)) continue;
            var posted = period.Days.Where(d => held.Any(p => p.From <= d && (p.To is null || p.To >= d)))
                .ToHashSet();
            var away = leaveOf[personId].ToList();
            var duty = posted.Where(d => !away.Any(l => l.From <= d && d <= l.To)).Order().ToList();
            var worked = sumsOf[personId].GroupBy(s => s.Day).ToDictionary(g => g.Key, g => g.ToList());
            int Sum(DateOnly day, FieldWorkKind[] kinds, bool services = false) =>
                worked.TryGetValue(day, out var done)
                    ? done.Where(s => kinds.Contains(s.Kind)).Sum(s => services ? s.Services : s.Count) : 0;
            var goal = effective.Values;

            var days = duty.Select(d => new VisitDay(d, Sum(d, ResidentsVisitedKinds), goal.ResidentsVisitedPerDay));
            var weeks = duty.GroupBy(CountyPeriod.MondayOf).Select(week =>
            {
                var postedDays = Enumerable.Range(0, 7).Count(i => posted.Contains(week.Key.AddDays(i)));
                return new VisitWeek(week.Key, postedDays, week.Count(),
                    week.Count(d => Sum(d, VisitDayKinds) > 0), Scaled(goal.VisitDaysPerWeek, postedDays, 7));
            });
            var months = duty.GroupBy(d => new DateOnly(d.Year, d.Month, 1)).Select(month =>
            {
                var length = DateTime.DaysInMonth(month.Key.Year, month.Key.Month);
                var postedDays = Enumerable.Range(0, length).Count(i => posted.Contains(month.Key.AddDays(i)));
                return new ServiceMonth(month.Key, postedDays, month.Count(),
                    month.Sum(d => Sum(d, [FieldWorkKind.SpecialGroupService], services: true)),
                    Scaled(goal.SpecialGroupServicesPerMonth, postedDays, length));
            });
            reports.Add(new ThreeMustsReport(personId, unitId, held.Last().Role, period, goal, [.. days], [.. weeks],
                [.. months]));
        }
        return reports;
    }

    /// <summary>Each office's daily quotas on the days of the period it was open, by office; null for a unit that is
    /// not a community office or that the caller cannot read.</summary>
    public async Task<IReadOnlyDictionary<long, DailyQuotasReport?>> DailyQuotasAsync(
        IReadOnlyCollection<long> unitIds, CountyPeriod period, CancellationToken cancellationToken)
    {
        var offices = await targets.UnitsAsync(u => EF.Parameter(unitIds).Contains(u.Id),
            OrgUnitKind.CommunityOffice, cancellationToken);
        var officeIds = offices.Select(o => o.Id).ToList();
        var reports = await DailyQuotasOfAsync(offices, t => EF.Parameter(officeIds).Contains(t.OwnerUnitId), period,
            cancellationToken);
        return unitIds.Distinct().ToDictionary(id => id, id => reports.GetValueOrDefault(id));
    }

    /// <summary>The daily quotas of <paramref name="offices"/>, from the day totals <paramref name="theirs"/> picks:
    /// those of the offices, and perhaps of other units, which are passed over.</summary>
    private async Task<Dictionary<long, DailyQuotasReport>> DailyQuotasOfAsync(IReadOnlyList<TargetedUnit> offices,
        Expression<Func<FieldWorkUnitTotal, bool>> theirs, CountyPeriod period, CancellationToken cancellationToken)
    {
        if (offices.Count == 0) return [];
        var days = period.Days.ToArray();
        var officeIndex = new Dictionary<long, int>(offices.Count);
        foreach (var office in offices) officeIndex.TryAdd(office.Id, officeIndex.Count);
        var (records, checks) = (new int[officeIndex.Count * days.Length], new int[officeIndex.Count * days.Length]);
        await DayCountsAsync(DayTotals(theirs, FieldWorkKind.PopulationRecordEntry, period), officeIndex, period,
            records, cancellationToken);
        await DayCountsAsync(DayTotals(theirs, FieldWorkKind.VehicleCheck, period), officeIndex, period, checks,
            cancellationToken);
        var unitTargets = await targets.ForAsync(offices.ToDictionary(o => o.Id, o => o.Path), cancellationToken);

        return offices.ToDictionary(office => office.Id, office =>
        {
            var goal = unitTargets[office.Id].Values;
            var first = officeIndex[office.Id] * days.Length;
            // Sized once: a city's office-days grown list by list were a tenth of a statistics request's allocations.
            var open = new List<QuotaDay>(days.Length);
            for (var day = 0; day < days.Length; day++)
                if (office.IsOpenOn(days[day]))
                    open.Add(new QuotaDay(days[day], records[first + day], checks[first + day],
                        goal.PopulationRecordsPerOfficePerDay, goal.VehicleChecksPerOfficePerDay));
            return new DailyQuotasReport(office.Id, period, goal, open);
        });
    }

    /// <summary>A kind's totals per unit and day over the period.</summary>
    private IQueryable<FieldWorkUnitTotal> DayTotals(Expression<Func<FieldWorkUnitTotal, bool>> theirs,
        FieldWorkKind kind, CountyPeriod period) =>
        db.FieldWorkUnitTotals.AsNoTracking().Where(theirs)
            .Where(t => t.Reach == FieldWorkReach.Own && t.Grain == FieldWorkGrain.Day && t.Kind == kind
                && t.Start >= period.From && t.Start <= period.To);

    /// <summary>The offices' counts on each day, [office × day] in <paramref name="counts"/>, from the rollup's rows as
    /// they come: a row is an office, a day and a count (a city's month is some 22,000 rows a kind, and each column
    /// read is one more call into SQLite), the day as a number SQL computes rather than a date string to parse. Rows
    /// of units not in <paramref name="officeIndex"/> are passed over.</summary>
    private static async Task DayCountsAsync(IQueryable<FieldWorkUnitTotal> totals,
        IReadOnlyDictionary<long, int> officeIndex, CountyPeriod period, int[] counts,
        CancellationToken cancellationToken)
    {
        var days = period.To.DayNumber - period.From.DayNumber + 1;
        await foreach (var row in totals.Select(t => new { t.OwnerUnitId, Day = t.Start.DayNumber, t.Count })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
            if (officeIndex.TryGetValue(row.OwnerUnitId, out var office))
                counts[office * days + row.Day - period.From.DayNumber] = row.Count;
    }

    /// <summary>
    /// The daily quotas of every community office <paramref name="which"/> picks, added up per office over stretches
    /// of the period's days, each from one of <paramref name="stretchStarts"/> (the first is the period's first day)
    /// to the next: a statistic's buckets. Read from the day totals <paramref name="owners"/> owns, as one range of
    /// paths, the offices being picked by their place in the tree.
    /// </summary>
    /// <remarks>
    /// A city's month is some 30,000 office-days a kind. An office open throughout the period that works to the
    /// targets most offices in it work to is added up in SQL, a row per stretch and kind: a day meets a quota when its
    /// count reaches the target, as <see cref="QuotaDay"/> has it, and a day without a row counts nothing. The other
    /// offices are read day by day and folded from their <see cref="QuotaDay"/>s; so is every office when
    /// <paramref name="pairKinds"/> asks for the days meeting both quotas, which set each day's two counts side by
    /// side.
    /// </remarks>
    public async Task<IReadOnlyList<QuotaTally>> DailyQuotaTalliesOfOfficesAsync(
        Expression<Func<OrgUnit, bool>> which, IOwnerRange owners, CountyPeriod period,
        IReadOnlyList<DateOnly> stretchStarts, bool pairKinds, CancellationToken cancellationToken)
    {
        var offices = await targets.UnitsAsync(which, OrgUnitKind.CommunityOffice, cancellationToken);
        if (offices.Count == 0) return [];
        var goals = await targets.ForAsync(offices.ToDictionary(o => o.Id, o => o.Path), cancellationToken);
        var days = period.Days.ToArray();
        var stretches = stretchStarts.Count;
        var stretchOfDay = new int[days.Length];
        var stretchDays = new int[stretches];
        for (int day = 0, stretch = 0; day < days.Length; day++)
        {
            while (stretch + 1 < stretches && stretchStarts[stretch + 1] <= days[day]) stretch++;
            stretchOfDay[day] = stretch;
            stretchDays[stretch]++;
        }
        (int Records, int Checks) Quotas(TargetedUnit office) =>
            (goals[office.Id].Values.PopulationRecordsPerOfficePerDay,
                goals[office.Id].Values.VehicleChecksPerOfficePerDay);
        var usual = offices.CountBy(Quotas).MaxBy(c => c.Value).Key;
        var daily = pairKinds || stretches == days.Length;
        var dayByDay = offices.Where(o => daily || !o.IsOpenOn(period.From) || !o.IsOpenOn(period.To)
            || Quotas(o) != usual).ToList();

        var officeIndex = new Dictionary<long, int>(offices.Count);
        var tallies = new QuotaTally[offices.Count * stretches];
        foreach (var office in offices)
        {
            var first = officeIndex.Count;
            officeIndex[office.Id] = first;
            for (var stretch = 0; stretch < stretches; stretch++)
                tallies[first * stretches + stretch] = new QuotaTally(office.Id, stretchStarts[stretch])
                {
                    DaysMet = pairKinds ? 0 : null,
                };
        }
        var dayIndex = new Dictionary<long, int>(dayByDay.Count);
        foreach (var office in dayByDay) dayIndex[office.Id] = dayIndex.Count;
        var theirs = owners.Owns<FieldWorkUnitTotal>();
        var records = new int[dayByDay.Count * days.Length];
        var checks = new int[dayByDay.Count * days.Length];
        if (daily)
        {
            await DayCountsAsync(DayTotals(theirs, FieldWorkKind.PopulationRecordEntry, period), dayIndex, period,
                records, cancellationToken);
            await DayCountsAsync(DayTotals(theirs, FieldWorkKind.VehicleCheck, period), dayIndex, period, checks,
                cancellationToken);
        }
        else
        {
            var (dayByDayIds, stretchOf) = (dayByDay.Select(o => o.Id).ToList(), StretchOf(stretchStarts));
            await StretchCountsAsync(FieldWorkKind.PopulationRecordEntry, usual.Records, records, dayByDayIds,
                stretchOf,
                (tally, count, met) => (tally.PopulationRecords, tally.PopulationRecordsDaysMet) = (count, met));
            await StretchCountsAsync(FieldWorkKind.VehicleCheck, usual.Checks, checks, dayByDayIds, stretchOf,
                (tally, count, met) => (tally.VehicleChecks, tally.VehicleChecksDaysMet) = (count, met));
        }

        foreach (var office in offices)
        {
            var first = officeIndex[office.Id] * stretches;
            if (!dayIndex.TryGetValue(office.Id, out var position))
            {
                for (var stretch = 0; stretch < stretches; stretch++)
                {
                    var tally = tallies[first + stretch];
                    tally.OfficeDays = stretchDays[stretch];
                    // A quota of nothing is met every day, worked or not.
                    if (usual.Records <= 0) tally.PopulationRecordsDaysMet = tally.OfficeDays;
                    if (usual.Checks <= 0) tally.VehicleChecksDaysMet = tally.OfficeDays;
                }
                continue;
            }
            var (recordsTarget, checksTarget) = Quotas(office);
            for (var day = 0; day < days.Length; day++)
                if (office.IsOpenOn(days[day]))
                    tallies[first + stretchOfDay[day]].Add(new QuotaDay(days[day],
                        records[position * days.Length + day], checks[position * days.Length + day], recordsTarget,
                        checksTarget));
        }
        return tallies;

        // A kind's count and days meeting the usual target per office and stretch, summed in SQL; the offices read
        // day by day keep a row per day, which lands in counts.
        async Task StretchCountsAsync(FieldWorkKind kind, int target, int[] counts, List<long> dayByDayIds,
            Expression<Func<DateOnly, int>> stretchOf, Action<QuotaTally, int, int> land)
        {
            // Without offices read day by day, no row is asked which office it is: SQLite would pay for that test
            // on every office-day of a city's month.
            var cells = DayTotals(theirs, kind, period).GroupBy(dayByDayIds.Count == 0
                ? WithStretch((t, stretch) => new { t.OwnerUnitId, Stretch = stretch, Day = -1 }, stretchOf)
                : WithStretch((t, stretch) => new
                {
                    t.OwnerUnitId, Stretch = stretch,
                    Day = EF.Parameter(dayByDayIds).Contains(t.OwnerUnitId) ? t.Start.DayNumber : -1,
                }, stretchOf));
            await foreach (var cell in cells
                .Select(g => new
                {
                    g.Key.OwnerUnitId, g.Key.Stretch, g.Key.Day, Count = g.Sum(t => t.Count),
                    Met = g.Count(t => t.Count >= target),
                })
                .AsAsyncEnumerable().WithCancellation(cancellationToken))
                if (cell.Day >= 0)
                {
                    if (dayIndex.TryGetValue(cell.OwnerUnitId, out var office))
                        counts[office * days.Length + cell.Day - period.From.DayNumber] = cell.Count;
                }
                else if (officeIndex.TryGetValue(cell.OwnerUnitId, out var office))
                    land(tallies[office * stretches + cell.Stretch], cell.Count, cell.Met);
        }
    }

    /// <summary>The index of the stretch a day is in, as SQL compares it with the stretches' first days: a period
    /// has at most 53 weeks.</summary>
    private static Expression<Func<DateOnly, int>> StretchOf(IReadOnlyList<DateOnly> starts)
    {
        var day = Expression.Parameter(typeof(DateOnly), "day");
        // Read from an object, not inlined, so the days are parameters of one SQL text.
        var firstDays = Expression.Property(Expression.Constant(new StretchStarts([.. starts])),
            nameof(StretchStarts.Days));
        Expression index = Expression.Constant(starts.Count - 1);
        for (var stretch = starts.Count - 1; stretch > 0; stretch--)
            index = Expression.Condition(
                Expression.LessThan(day, Expression.ArrayIndex(firstDays, Expression.Constant(stretch))),
                Expression.Constant(stretch - 1), index);
        return Expression.Lambda<Func<DateOnly, int>>(index, day);
    }

    private sealed record StretchStarts(DateOnly[] Days);

    /// <summary><paramref name="key"/> with the stretch of each total's day in its second parameter's place.</summary>
    private static Expression<Func<FieldWorkUnitTotal, TKey>> WithStretch<TKey>(
        Expression<Func<FieldWorkUnitTotal, int, TKey>> key, Expression<Func<DateOnly, int>> stretchOf)
    {
        var total = key.Parameters[0];
        var stretch = stretchOf.Inline(Expression.Property(total, nameof(FieldWorkUnitTotal.Start)));
        return Expression.Lambda<Func<FieldWorkUnitTotal, TKey>>(
            ReplacingExpressionVisitor.Replace(key.Parameters[1], stretch, key.Body), total);
    }

    /// <summary>A target for <paramref name="days"/> of a stretch of <paramref name="length"/> days, rounded
    /// up.</summary>
    public static int Scaled(int target, int days, int length) => (int)Math.Ceiling((double)target * days / length);
}

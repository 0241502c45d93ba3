using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Registry;

namespace Gateway.Api.DemoData;

/// <summary>92 days of timestamped field work by every office team, each entry received by the server a few minutes
/// after it was done. Most days meet the "three musts" and the offices' daily quotas and some do not, so compliance
/// reports have something to find. Everyone's days off are recorded as rest-day leave, so the computed duty days are
/// the days they worked; special-group services name a special-group resident of the office; population records are
/// the registry's writes by the staff on duty, never typed in; the county's targets are the report's numbers, set at
/// the bureau.</summary>
internal sealed class DemoFieldWork(Random random, DemoRegistry registry)
{
    private static readonly (FieldWorkKind Kind, double Chance)[] OfficerRoutine =
        [(FieldWorkKind.Patrol, 0.9), (FieldWorkKind.Publicity, 0.25), (FieldWorkKind.Inspection, 0.3),
         (FieldWorkKind.DisputeResolution, 0.15), (FieldWorkKind.Intelligence, 0.2),
         (FieldWorkKind.ServiceToResidents, 0.25)];

    private static readonly (FieldWorkKind Kind, double Chance)[] AuxiliaryRoutine =
        [(FieldWorkKind.Patrol, 0.9), (FieldWorkKind.Publicity, 0.1), (FieldWorkKind.Inspection, 0.2),
         (FieldWorkKind.Intelligence, 0.1), (FieldWorkKind.ServiceToResidents, 0.15)];

    private static readonly (FieldWorkKind Kind, double Chance)[] GridWorkerRoutine =
        [(FieldWorkKind.Patrol, 0.3), (FieldWorkKind.Publicity, 0.1), (FieldWorkKind.Inspection, 0.05),
         (FieldWorkKind.DisputeResolution, 0.05), (FieldWorkKind.Intelligence, 0.1),
         (FieldWorkKind.ServiceToResidents, 0.15)];

    private static readonly Dictionary<FieldWorkKind, string[]> Notes = new()
    {
        [FieldWorkKind.HomeVisit] = ["入户走访，核实家庭成员及出租情况", "入户走访，宣传防盗防诈骗知识"],
        [FieldWorkKind.EnterpriseVisit] = ["走访辖区企业，检查内部安全防范", "走访沿街商铺，登记从业人员"],
        [FieldWorkKind.SpecialGroupService] = ["上门看望孤寡老人", "上门看望留守儿童，了解学习生活情况"],
        [FieldWorkKind.Patrol] = ["步行巡逻辖区主要街道", "骑警用自行车巡逻背街小巷"],
        [FieldWorkKind.Publicity] = ["防范电信网络诈骗宣传", "禁毒宣传进社区"],
        [FieldWorkKind.Inspection] = ["检查旅馆业住宿登记", "检查寄递业实名收寄"],
        [FieldWorkKind.DisputeResolution] = ["调解邻里噪音纠纷", "化解小区停车纠纷"],
        [FieldWorkKind.Intelligence] = ["坝坝茶点收集社情民意", "走访中发现可疑出租户，已上报"],
        [FieldWorkKind.ServiceToResidents] = ["帮助群众办理居住证", "为行动不便老人上门代办证件"],
    };

    private readonly List<FieldWorkEvent> events = [];
    private readonly List<LeavePeriod> restDays = [];
    private Dictionary<Grid, List<Resident>> specialGroups = [];

    /// <summary>Every team's 92 days, in memory, the population records going to the registry as its writes; and the
    /// county's targets.</summary>
    public void Record(GatewayDbContext db, IReadOnlyList<DemoOfficeTeam> teams, OrgUnit bureau)
    {
        specialGroups = registry.Residents.Where(r => r.SpecialGroup is not null).OrderBy(r => r.IdNumber)
            .GroupBy(r => r.Grid!).ToDictionary(g => g.Key, g => g.ToList());
        // Each officer falls short of the monthly services in one of the three months, in turn.
        for (var i = 0; i < teams.Count; i++) RecordOffice(teams[i], DemoCalendar.FieldWorkDays[0].Month + i % 3);
        var targets = WorkTargetValues.Of(WorkTargets.Defaults);
        db.WorkTargets.Add(new WorkTargets
        {
            OwnerUnit = bureau, ResidentsVisitedPerDay = targets.ResidentsVisitedPerDay,
            VisitDaysPerWeek = targets.VisitDaysPerWeek,
            SpecialGroupServicesPerMonth = targets.SpecialGroupServicesPerMonth,
            PopulationRecordsPerOfficePerDay = targets.PopulationRecordsPerOfficePerDay,
            VehicleChecksPerOfficePerDay = targets.VehicleChecksPerOfficePerDay,
        });
    }

    /// <summary>Stores the field work and the rest days, once the registry is stored: services name its
    /// residents.</summary>
    public void Store(DemoRows rows)
    {
        foreach (var (service, resident) in servedResidents) service.ResidentId = resident.Id;
        rows.Insert(events);
        rows.Insert(restDays);
    }

    private void RecordOffice(DemoOfficeTeam team, int shortMonth)
    {
        var (restDays, visitDays, specialGroupServices) = PlanOfficer(shortMonth);
        Rest(team.Police, restDays);
        var daysOff = team.Auxiliaries.Concat(team.GridWorkers.Select(g => g.Worker))
            .ToDictionary(person => person, _ => new List<DateOnly>());
        foreach (var day in DemoCalendar.FieldWorkDays)
        {
            var officerOnDuty = !restDays.Contains(day);
            // The two auxiliaries rest on different weekend days, so the office is never unmanned.
            var auxiliaries = team.Auxiliaries.Where((_, i) =>
                day.DayOfWeek != (i == 0 ? DayOfWeek.Saturday : DayOfWeek.Sunday)).ToList();
            var gridWorkers = team.GridWorkers
                .Where(_ => DemoCalendar.IsWeekend(day)
                    ? day.DayOfWeek == DayOfWeek.Saturday && random.Chance(0.4)
                    : random.Chance(0.97))
                .ToList();
            foreach (var person in team.Auxiliaries.Except(auxiliaries)
                .Concat(team.GridWorkers.Except(gridWorkers).Select(g => g.Worker)))
                daysOff[person].Add(day);

            if (officerOnDuty)
                OfficerDay(team, day, visitDays.Contains(day), specialGroupServices.GetValueOrDefault(day));
            foreach (var auxiliary in auxiliaries) AuxiliaryDay(team, auxiliary, day);
            foreach (var (worker, grid) in gridWorkers) GridWorkerDay(team, worker, grid, day);
            registry.EnterPopulationRecords(team, day, officerOnDuty ? [team.Police, .. auxiliaries] : auxiliaries);
            VehicleChecks(team, day, officerOnDuty, auxiliaries);
        }
        foreach (var (person, days) in daysOff) Rest(person, days);
    }

    /// <summary>A day off is a rest day on leave, recorded by the person.</summary>
    private void Rest(Person person, IEnumerable<DateOnly> days) => restDays.AddRange(days.Order().Select(day =>
        new LeavePeriod
        {
            OwnerUnit = person.OwnerUnit, Person = person, Kind = LeaveKind.RestDay, From = day, To = day,
            RecordedBy = person,
        }));

    /// <summary>The officer rests one day a week; home and enterprise visits fall on 3–4 days in most weeks and 1–2 in
    /// the others; special-group services number 10–14 in most months and fewer in some, always in
    /// <paramref name="shortMonth"/>.</summary>
    private (HashSet<DateOnly> RestDays, HashSet<DateOnly> VisitDays,
        Dictionary<DateOnly, int> SpecialGroupServices) PlanOfficer(int shortMonth)
    {
        var restDays = new HashSet<DateOnly>();
        var visitDays = new HashSet<DateOnly>();
        foreach (var week in DemoCalendar.FieldWorkDays.GroupBy(DemoCalendar.MondayOf))
        {
            var rest = random.Pick(week.ToList());
            restDays.Add(rest);
            var onDuty = week.Where(d => d != rest).ToArray();
            random.Shuffle(onDuty);
            visitDays.UnionWith(onDuty.Take(random.Chance(0.85) ? random.Next(3, 5) : random.Next(1, 3)));
        }
        var specialGroupServices = new Dictionary<DateOnly, int>();
        foreach (var month in DemoCalendar.FieldWorkDays.Where(d => !restDays.Contains(d)).GroupBy(d => d.Month))
        {
            var days = month.ToList();
            var fallsShort = month.Key == shortMonth || random.Chance(0.15);
            for (var services = fallsShort ? random.Next(6, 10) : random.Next(10, 15); services > 0; services--)
            {
                var day = random.Pick(days);
                specialGroupServices[day] = specialGroupServices.GetValueOrDefault(day) + 1;
            }
        }
        return (restDays, visitDays, specialGroupServices);
    }

    private void OfficerDay(DemoOfficeTeam team, DateOnly day, bool visitsHomes, int specialGroupServices)
    {
        var officer = team.Police;
        // At least 20 residents a day on most days, fewer on some.
        var residents = random.Chance(0.93) ? random.Next(20, 31) : random.Next(8, 20);
        foreach (var count in random.Split(residents, random.Next(2, 4)))
            Add(team, officer, AnyGrid(team), FieldWorkKind.ResidentVisit, day, count);
        if (visitsHomes)
        {
            for (var homes = random.Next(1, 4); homes > 0; homes--)
                Add(team, officer, AnyGrid(team), FieldWorkKind.HomeVisit, day);
            if (random.Chance(0.5)) Add(team, officer, AnyGrid(team), FieldWorkKind.EnterpriseVisit, day);
        }
        for (var i = 0; i < specialGroupServices; i++)
            Serve(team, officer, AnyGrid(team), day);
        Routine(team, officer, AnyGrid(team), day, OfficerRoutine);
    }

    private void AuxiliaryDay(DemoOfficeTeam team, Person auxiliary, DateOnly day)
    {
        if (random.Chance(0.5))
            Add(team, auxiliary, AnyGrid(team), FieldWorkKind.ResidentVisit, day, random.Next(3, 9));
        Routine(team, auxiliary, AnyGrid(team), day, AuxiliaryRoutine);
    }

    private void GridWorkerDay(DemoOfficeTeam team, Person worker, Grid grid, DateOnly day)
    {
        Add(team, worker, grid, FieldWorkKind.ResidentVisit, day, random.Next(6, 16));
        Routine(team, worker, grid, day, GridWorkerRoutine);
    }

    /// <summary>Each office checks at least 5 vehicles a day, on most days; one or two of the staff on duty check
    /// them.</summary>
    private void VehicleChecks(DemoOfficeTeam team, DateOnly day, bool officerOnDuty, List<Person> auxiliaries)
    {
        Person[] checkers = officerOnDuty ? [team.Police, .. auxiliaries] : [.. auxiliaries];
        random.Shuffle(checkers);
        var vehicles = random.Chance(0.88) ? random.Next(5, 10) : random.Next(1, 5);
        foreach (var (count, person) in random.Split(vehicles, Math.Min(random.Next(1, 3), checkers.Length))
            .Zip(checkers))
            Add(team, person, AnyGrid(team), FieldWorkKind.VehicleCheck, day, count);
    }

    private void Routine(DemoOfficeTeam team, Person person, Grid grid, DateOnly day,
        (FieldWorkKind Kind, double Chance)[] routine)
    {
        foreach (var (kind, chance) in routine)
            if (random.Chance(chance)) Add(team, person, grid, kind, day);
    }

    private Grid AnyGrid(DemoOfficeTeam team) => random.Pick(team.Grids);

    /// <summary>A special-group service to the next special-group resident of the grid, in turn (or of the office's
    /// grids, for a grid without any), so the draws of the other seeds stay as they were.</summary>
    private void Serve(DemoOfficeTeam team, Person officer, Grid grid, DateOnly day)
    {
        var residents = specialGroups.GetValueOrDefault(grid)
            ?? [.. team.Grids.SelectMany(g => specialGroups.GetValueOrDefault(g) ?? [])];
        var resident = residents[served++ % residents.Count];
        Add(team, officer, resident.Grid!, FieldWorkKind.SpecialGroupService, day);
        servedResidents.Add((events[^1], resident));
    }

    private int served;
    private readonly List<(FieldWorkEvent Service, Resident Resident)> servedResidents = [];

    private void Add(DemoOfficeTeam team, Person person, Grid grid, FieldWorkKind kind, DateOnly day, int count = 1)
    {
        var occurredAt = random.DuringOfficeHours(day);
        events.Add(new FieldWorkEvent
        {
            OwnerUnit = team.Office.Unit,
            Person = person,
            Grid = grid,
            Kind = kind,
            OccurredAt = occurredAt,
            // Terminals upload as they go, 2 to 10 minutes after the work; no draw, so the other seeds stay as
            // they were.
            ReceivedAt = occurredAt.AddMinutes(2 + events.Count % 9),
            Count = count,
            Note = Notes.TryGetValue(kind, out var notes) ? random.Pick(notes) : null,
            RecordedByClient = "demo-" + team.Office.Unit.Code,
        });
    }
}

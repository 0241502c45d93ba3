using Gateway.Api.Data;
using Gateway.Api.Offices;
using Gateway.Api.StationDuty;

namespace Gateway.Api.DemoData;

/// <summary>
/// Xunchang station's last week: a day and a night shift each day (one cancelled), a few cases for the criminal
/// investigators, patrol officers sent into every office's grids, and each office's officer sent into a grid of their
/// own office, the one dispatch the "three nots" leave them. Nothing here is drawn at random.
/// </summary>
internal sealed class DemoStationDuty(DemoOrganisation organisation, DemoStaff staff)
{
    private const int RosterDays = 7;

    private static readonly string[] CaseTitles =
        ["人民路商铺夜间被盗案", "电动自行车被盗系列案", "冒充客服退款网络诈骗案", "夜宵店寻衅滋事案", "务工人员故意伤害案"];

    public void Seed(GatewayDbContext db)
    {
        var station = organisation.Station;
        var officers = staff.StationOfficers.Select(o => o.Officer).ToList();
        var shifts = Enumerable.Range(0, RosterDays).SelectMany(i =>
        {
            var day = DemoCalendar.Today.AddDays(i - RosterDays + 1);
            return new[]
            {
                new DutyShift { OwnerUnit = station, Person = officers[2 * i % officers.Count], Date = day,
                    Kind = DutyShiftKind.Day },
                new DutyShift { OwnerUnit = station, Person = officers[(2 * i + 1) % officers.Count], Date = day,
                    Kind = DutyShiftKind.Night },
            };
        }).ToList();
        shifts[^1].Status = DutyShiftStatus.Cancelled;
        shifts[^1].CancellationReason = "值班民警临时抽调参加县局专项行动";
        shifts.Add(new DutyShift { OwnerUnit = station, Person = officers[^1], Date = DemoCalendar.Today,
            Kind = DutyShiftKind.Night, Note = "替班" });

        var investigators = staff.OfficersOf(SquadKind.CriminalInvestigation).ToList();
        var cases = CaseTitles.Select((title, i) => new StationCaseAssignment
        {
            OwnerUnit = station, Person = investigators[i % investigators.Count],
            CaseNumber = $"{DemoOrganisation.StationPrefix}-XS-2026-{41 + i:D4}", Title = title,
            AssignedOn = DemoCalendar.Today.AddDays(-4 * i - 1),
        }).ToList();

        var patrol = staff.OfficersOf(SquadKind.SpecialPatrol).ToList();
        var dispatches = staff.Teams.SelectMany((team, i) => new[]
        {
            new Dispatch
            {
                OwnerUnit = station, Person = patrol[i % patrol.Count],
                DispatchedAt = DemoCalendar.AtLocal(DemoCalendar.Today.AddDays(-i - 1), new TimeOnly(21, 10 + i)),
                DestinationGrid = team.Grids[0], Reason = "群众报警：邻里纠纷引发打斗",
            },
            new Dispatch
            {
                OwnerUnit = station, Person = team.Police,
                DispatchedAt = DemoCalendar.AtLocal(DemoCalendar.Today.AddDays(-i - 2), new TimeOnly(10, 30 + i)),
                DestinationGrid = team.Grids[^1], Reason = "群众报警：老人走失",
            },
        }).ToList();
        dispatches.Add(new Dispatch
        {
            OwnerUnit = station, Person = patrol[^1],
            DispatchedAt = DemoCalendar.AtLocal(DemoCalendar.Today, new TimeOnly(2, 15)),
            DestinationText = "巡场镇珙泉路与人民路交叉口", Reason = "交通事故现场秩序维护",
        });

        db.DutyShifts.AddRange(shifts);
        db.StationCaseAssignments.AddRange(cases);
        db.Dispatches.AddRange(dispatches);
    }
}

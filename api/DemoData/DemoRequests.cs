using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Requests;

namespace Gateway.Api.DemoData;

/// <summary>Requests received by 110: 214 diverted after the four-level review to the 4312345 centre and on to a
/// department (chased when overdue, visited and scored when closed), some kept as police matters, a few still in
/// review.</summary>
internal sealed class DemoRequests(DemoOrganisation organisation, SyntheticIdentities identities, Random random)
{
    private static readonly DateOnly RequestsFrom = new(2026, 5, 1);

    /// <summary>Counts by status, and the window of receipt that makes each status true on the demo's
    /// "today".</summary>
    private static readonly (RequestStatus Status, int Count, DateOnly ReceivedFrom, DateOnly ReceivedTo)[] Plan =
    [
        (RequestStatus.Closed, 150, RequestsFrom, new(2026, 10, 5)),
        (RequestStatus.Replied, 22, new(2026, 10, 10), new(2026, 10, 28)),
        (RequestStatus.Dispatched, 18, new(2026, 10, 28), new(2026, 10, 30)),
        (RequestStatus.Diverted, 8, new(2026, 10, 30), new(2026, 10, 30)),
        (RequestStatus.Overdue, 16, new(2026, 8, 1), new(2026, 10, 10)),
        (RequestStatus.HandledByPolice, 18, RequestsFrom, new(2026, 10, 30)),
        (RequestStatus.UnderReview, 4, DemoCalendar.Today, DemoCalendar.Today),
    ];

    private static readonly (RequestKind Kind, string Summary, DemoDepartment Department)[] NonPoliceMatters =
    [
        (RequestKind.Consultation, "咨询社保卡遗失补办流程", DemoDepartment.HumanResources),
        (RequestKind.Consultation, "咨询高龄津贴申领条件", DemoDepartment.CivilAffairs),
        (RequestKind.Consultation, "咨询个体工商户营业执照办理", DemoDepartment.MarketRegulation),
        (RequestKind.Consultation, "咨询老旧小区改造政策", DemoDepartment.Housing),
        (RequestKind.Consultation, "咨询自来水过户手续", DemoDepartment.WaterAffairs),
        (RequestKind.Appeal, "小区停水一天，请求尽快恢复供水", DemoDepartment.WaterAffairs),
        (RequestKind.Appeal, "路灯损坏，夜间出行不便，请求维修", DemoDepartment.UrbanManagement),
        (RequestKind.Appeal, "小区频繁停电，请求排查线路", DemoDepartment.PowerSupply),
        (RequestKind.Appeal, "楼道堆放杂物存在消防隐患，请求清理", DemoDepartment.Housing),
        (RequestKind.Appeal, "困难家庭申请临时救助", DemoDepartment.CivilAffairs),
        (RequestKind.Complaint, "夜宵摊油烟、噪音扰民", DemoDepartment.UrbanManagement),
        (RequestKind.Complaint, "超市销售过期食品", DemoDepartment.MarketRegulation),
        (RequestKind.Complaint, "工地夜间施工噪音扰民", DemoDepartment.Environment),
        (RequestKind.Complaint, "物业公司乱收费", DemoDepartment.Housing),
        (RequestKind.Complaint, "占道经营影响通行", DemoDepartment.UrbanManagement),
        (RequestKind.Report, "有人在屋顶违规搭建彩钢棚", DemoDepartment.UrbanManagement),
        (RequestKind.Report, "居民楼内无证食品小作坊", DemoDepartment.MarketRegulation),
        (RequestKind.Report, "企业拖欠农民工工资", DemoDepartment.HumanResources),
        (RequestKind.Report, "河道旁有人倾倒建筑垃圾", DemoDepartment.Environment),
        (RequestKind.MajorEmergency, "主干道自来水管爆裂，路面大面积积水", DemoDepartment.WaterAffairs),
        (RequestKind.MajorEmergency, "大风刮断电线垂落人行道", DemoDepartment.PowerSupply),
    ];

    private static readonly (RequestKind Kind, string Summary)[] PoliceMatters =
    [
        (RequestKind.Report, "报称停放在楼下的电动车被盗"),
        (RequestKind.Report, "报称接到冒充客服的电话被骗"),
        (RequestKind.Appeal, "小区门口有可疑人员反复徘徊"),
        (RequestKind.Appeal, "家中老人外出走失"),
        (RequestKind.MajorEmergency, "街头有人持械斗殴"),
    ];

    private static readonly string[] ReviewerTitles = ["接警员", "值班长", "指挥中心值班领导", "局值班领导"];

    private readonly string[][] reviewers = ReviewerTitles.Select(title =>
        Enumerable.Range(0, 3).Select(_ => $"{title} {identities.Name()}").ToArray()).ToArray();
    private readonly string[] chasers = Enumerable.Range(0, 2).Select(_ => $"县效能办 {identities.Name()}").ToArray();
    private readonly List<RequestReview> reviews = [];
    private readonly List<RequestChase> chases = [];
    private readonly List<ReturnVisit> visits = [];

    public void Seed(GatewayDbContext db, IReadOnlyList<Grid> grids)
    {
        var requests = Plan
            .SelectMany(p => Enumerable.Range(0, p.Count).Select(_ =>
                Request(p.Status, ReceivedAt(p.Status, p.ReceivedFrom, p.ReceivedTo), grids)))
            .ToList();
        Number(requests);
        db.ServiceRequests.AddRange(requests);
        db.RequestReviews.AddRange(reviews);
        db.RequestChases.AddRange(chases);
        db.ReturnVisits.AddRange(visits);
    }

    private DateTime ReceivedAt(RequestStatus status, DateOnly from, DateOnly to) => status == RequestStatus.UnderReview
        // Still with a reviewer: received within the last two hours.
        ? DemoCalendar.Now.AddMinutes(-random.Next(10, 120))
        // Between 07:00 and 22:00, so even a same-day emergency is diverted before its deadline.
        : DemoCalendar.AtLocal(random.DayBetween(from, to), new TimeOnly(7, 0).AddMinutes(random.Next(15 * 60)));

    private ServiceRequest Request(RequestStatus status, DateTime receivedAt, IReadOnlyList<Grid> grids)
    {
        // Most requests come from an office's grid; the rest belong to the station.
        var grid = random.Chance(0.8) ? random.Pick(grids) : null;
        var request = new ServiceRequest
        {
            OwnerUnit = grid?.OwnerUnit ?? organisation.Station,
            Grid = grid,
            ReceivedAt = receivedAt,
            CallerName = identities.Name(),
            CallerPhone = identities.Phone(),
            Status = status,
        };
        if (status == RequestStatus.HandledByPolice)
        {
            (request.Kind, request.Summary) = random.Pick(PoliceMatters);
            // The review stops at the first level that finds a police matter.
            var escalated = random.Chance(0.3);
            if (escalated) Review(request, 1, ReviewDecision.Escalated);
            Review(request, escalated ? 2 : 1, ReviewDecision.PoliceMatter);
            return request;
        }

        // Requests that are still open must not have reached their deadline, so they are never same-day emergencies.
        var open = status is RequestStatus.UnderReview or RequestStatus.Diverted or RequestStatus.Dispatched;
        var (kind, summary, department) =
            random.Pick(NonPoliceMatters.Where(m => !open || m.Kind != RequestKind.MajorEmergency).ToList());
        (request.Kind, request.Summary) = (kind, summary);
        if (status == RequestStatus.UnderReview)
        {
            Review(request, 1, ReviewDecision.Escalated);
            return request;
        }

        Review(request, 1, random.Chance(0.2) ? ReviewDecision.Escalated : ReviewDecision.NonPoliceMatter);
        for (var level = 2; level <= 4; level++) Review(request, level, ReviewDecision.NonPoliceMatter);
        request.DivertedAt = reviews[^1].ReviewedAt.AddMinutes(random.Next(5, 21));
        request.Deadline = Deadline(kind, receivedAt);
        if (status == RequestStatus.Diverted) return request;

        request.Department = organisation.Departments[department];
        var deadline = request.Deadline.Value;
        switch (status)
        {
            case RequestStatus.Replied:
                request.RepliedAt =
                    random.Between(request.DivertedAt.Value, deadline < DemoCalendar.Now ? deadline : DemoCalendar.Now);
                break;
            case RequestStatus.Overdue:
                Chase(request, deadline, upTo: DemoCalendar.Now);
                break;
            case RequestStatus.Closed:
                Close(request, deadline);
                break;
        }
        return request;
    }

    /// <summary>Reply (one in ten late, after a chase), close, return visit by SMS, phone or in person, and the three
    /// scores.</summary>
    private void Close(ServiceRequest request, DateTime deadline)
    {
        var late = random.Chance(0.1);
        var repliedAt = late ? random.Between(deadline.AddDays(1), deadline.AddDays(3))
            : random.Between(request.DivertedAt!.Value, deadline);
        if (late) Chase(request, deadline, upTo: repliedAt);
        request.RepliedAt = repliedAt;
        request.ClosedAt = random.DaysLater(repliedAt, 1, 3);
        var roll = random.NextDouble();
        var satisfied = random.Chance(0.88);
        visits.Add(new ReturnVisit
        {
            OwnerUnit = request.OwnerUnit,
            Request = request,
            Channel = roll < 0.5 ? ReturnVisitChannel.Sms
                : roll < 0.85 ? ReturnVisitChannel.Phone
                : ReturnVisitChannel.InPerson,
            VisitedAt = random.DaysLater(request.ClosedAt.Value, 1, 2),
            Satisfied = satisfied,
            Note = satisfied ? "群众对办理结果表示满意" : "群众认为办理不够及时",
        });
        request.EffectivenessScore = late ? random.Score(60, 85) : random.Score(75, 100);
        request.SatisfactionScore = satisfied ? random.Score(80, 100) : random.Score(40, 70);
        request.ProcedureScore = late ? random.Score(60, 80) : random.Score(85, 100);
    }

    /// <summary>The efficiency office chases within hours of expiry, then every one to three days, at most three
    /// times.</summary>
    private void Chase(ServiceRequest request, DateTime deadline, DateTime upTo)
    {
        var at = deadline.AddHours(random.Next(1, 10));
        for (var chased = 0; chased < 3 && at < upTo; chased++, at = at.AddDays(random.Next(1, 4)))
            chases.Add(new RequestChase
            {
                OwnerUnit = request.OwnerUnit, Request = request, ChasedAt = at, ChasedBy = random.Pick(chasers),
                Note = "已超过办理时限，请尽快办结并回复",
            });
    }

    private void Review(ServiceRequest request, int level, ReviewDecision decision)
    {
        var previous = level == 1 ? request.ReceivedAt : reviews[^1].ReviewedAt;
        reviews.Add(new RequestReview
        {
            OwnerUnit = request.OwnerUnit,
            Request = request,
            Level = level,
            Decision = decision,
            Reviewer = random.Pick(reviewers[level - 1]),
            ReviewedAt = previous.AddMinutes(random.Next(2, 11)),
            Note = decision == ReviewDecision.Escalated ? "难以判定，提交上级审核" : null,
        });
    }

    /// <summary>Time limits from one city's published rules: emergencies the same day, consultations 3 working days,
    /// appeals 5, complaints and reports 13. The service's rules read them from configuration; the demo only needs
    /// dates.</summary>
    private static DateTime Deadline(RequestKind kind, DateTime receivedAt)
    {
        var day = DemoCalendar.LocalDay(receivedAt);
        return DemoCalendar.EndOfLocalDay(kind switch
        {
            RequestKind.MajorEmergency => day,
            RequestKind.Consultation => DemoCalendar.AddWorkingDays(day, 3),
            RequestKind.Appeal => DemoCalendar.AddWorkingDays(day, 5),
            RequestKind.Complaint or RequestKind.Report => DemoCalendar.AddWorkingDays(day, 13),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        });
    }

    /// <summary>Request numbers run in order of receipt within each owning unit ("NJ-QZ-2026-001"); the centre's ticket
    /// numbers run per day of diversion ("4312345-20261015-003").</summary>
    private void Number(List<ServiceRequest> requests)
    {
        foreach (var owned in requests.GroupBy(r => r.OwnerUnit!))
        {
            var sequence = 0;
            foreach (var request in owned.OrderBy(r => r.ReceivedAt))
                request.Number = $"{organisation.PrefixOf(owned.Key)}-QZ-"
                    + $"{DemoCalendar.LocalDay(request.ReceivedAt).Year}-{++sequence:D3}";
        }
        foreach (var day in requests.Where(r => r.DivertedAt is not null)
            .GroupBy(r => DemoCalendar.LocalDay(r.DivertedAt!.Value)))
        {
            var sequence = 0;
            foreach (var request in day.OrderBy(r => r.DivertedAt))
                request.TicketNumber = $"4312345-{day.Key:yyyyMMdd}-{++sequence:D3}";
        }
    }
}

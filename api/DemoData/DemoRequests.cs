using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Requests;

namespace Gateway.Api.DemoData;

/// <summary>Requests received by 110: 214 diverted after the four-level review to the 4312345 centre and on to a
/// department (chased when past their deadline, visited and scored when closed), some kept as police matters or
/// rejected, a few still with the 110 centre. Deadlines come from the configured time limits and working-day calendar;
/// 16 requests are past their deadline on the demo's "today" without a reply, which only the clock says.</summary>
internal sealed class DemoRequests(DemoOrganisation organisation, SyntheticIdentities identities, Random random,
    RequestDeadlines deadlines)
{
    private static readonly DateOnly RequestsFrom = new(2026, 5, 1);

    /// <summary>What each planned request becomes.</summary>
    private enum Fate
    {
        Closed, Replied, Handled, Accepted, Dispatched, Diverted, Overdue, PoliceMatter, Rejected, Cleared, UnderReview,
    }

    /// <summary>Counts by fate, and the window of receipt that makes each fate true on the demo's "today".</summary>
    private static readonly (Fate Fate, int Count, DateOnly ReceivedFrom, DateOnly ReceivedTo)[] Plan =
    [
        (Fate.Closed, 150, RequestsFrom, new(2026, 10, 5)),
        (Fate.Replied, 22, new(2026, 10, 10), new(2026, 10, 28)),
        (Fate.Handled, 4, new(2026, 10, 28), new(2026, 10, 30)),
        (Fate.Accepted, 6, new(2026, 10, 28), new(2026, 10, 30)),
        (Fate.Dispatched, 8, new(2026, 10, 28), new(2026, 10, 30)),
        (Fate.Diverted, 8, new(2026, 10, 30), new(2026, 10, 30)),
        (Fate.Overdue, 16, new(2026, 8, 1), new(2026, 10, 10)),
        (Fate.PoliceMatter, 18, RequestsFrom, new(2026, 10, 30)),
        (Fate.Rejected, 4, RequestsFrom, new(2026, 10, 30)),
        (Fate.Cleared, 2, DemoCalendar.Today, DemoCalendar.Today),
        (Fate.UnderReview, 4, DemoCalendar.Today, DemoCalendar.Today),
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

    private static readonly string[] RejectionReasons =
        ["反复拨打骚扰电话,无实际诉求", "与在办警情重复", "来电内容无法核实,多次回拨无人接听", "谎报情况,经核实不存在"];

    private static readonly string[] ReviewerTitles = ["接警员", "值班长", "指挥中心值班领导", "局值班领导"];

    private readonly string[][] reviewers = ReviewerTitles.Select(title =>
        Enumerable.Range(0, 3).Select(_ => $"{title} {identities.Name()}").ToArray()).ToArray();
    private readonly string[] chasers = Enumerable.Range(0, 2).Select(_ => $"县效能办 {identities.Name()}").ToArray();
    private readonly string[] dispatchers =
        Enumerable.Range(0, 2).Select(_ => $"4312345中心 {identities.Name()}").ToArray();
    private readonly List<RequestReview> reviews = [];
    private readonly List<RequestDispatch> dispatches = [];
    private readonly List<RequestChase> chases = [];
    private readonly List<RequestExtension> extensions = [];
    private readonly List<ReturnVisit> visits = [];
    private readonly List<RequestScoring> scorings = [];

    public void Seed(GatewayDbContext db, IReadOnlyList<Grid> grids)
    {
        var requests = Plan
            .SelectMany(p => Enumerable.Range(0, p.Count).Select(index =>
                Request(p.Fate, index, ReceivedAt(p.Fate, p.ReceivedFrom, p.ReceivedTo), grids)))
            .ToList();
        Number(requests);
        db.ServiceRequests.AddRange(requests);
        db.RequestReviews.AddRange(reviews);
        db.RequestDispatches.AddRange(dispatches);
        db.RequestChases.AddRange(chases);
        db.RequestExtensions.AddRange(extensions);
        db.ReturnVisits.AddRange(visits);
        db.RequestScorings.AddRange(scorings);
    }

    private DateTime ReceivedAt(Fate fate, DateOnly from, DateOnly to) => fate is Fate.UnderReview or Fate.Cleared
        // Still with the 110 centre: received within the last two hours.
        ? DemoCalendar.Now.AddMinutes(-random.Next(60, 120))
        // Between 07:00 and 17:00, so even a same-day emergency is replied to before its deadline.
        : DemoCalendar.AtLocal(random.DayBetween(from, to), new TimeOnly(7, 0).AddMinutes(random.Next(10 * 60)));

    private ServiceRequest Request(Fate fate, int index, DateTime receivedAt, IReadOnlyList<Grid> grids)
    {
        // Most requests come from an office's grid; the rest belong to the station.
        var grid = random.Chance(0.8) ? random.Pick(grids) : null;
        var request = new ServiceRequest
        {
            OwnerUnit = grid?.OwnerUnit ?? organisation.Station,
            Grid = grid,
            ReceivedAt = receivedAt,
            ReceivedBy = random.Pick(reviewers[0]),
            CallerName = identities.Name(),
            CallerPhone = identities.Phone(),
            Stage = RequestStage.UnderReview,
        };
        if (fate is Fate.PoliceMatter)
        {
            (request.Kind, request.Summary) = random.Pick(PoliceMatters);
            // The review stops at the first level that finds a police matter; an escalation goes to level 4.
            if (random.Chance(0.3)) Review(request, 1, ReviewDecision.Escalated, "难以判定,提交局值班领导审核");
            Review(request, reviews[^1].Request == request ? 4 : 1, ReviewDecision.PoliceMatter);
            request.Stage = RequestStage.PoliceMatter;
            return request;
        }

        // Requests that are still open must not have reached their deadline, so they are never same-day emergencies.
        var open = fate is not (Fate.Closed or Fate.Replied or Fate.Overdue or Fate.Rejected);
        var (kind, summary, department) =
            random.Pick(NonPoliceMatters.Where(m => !open || m.Kind != RequestKind.MajorEmergency).ToList());
        (request.Kind, request.Summary) = (kind, summary);
        switch (fate)
        {
            case Fate.Rejected:
                var reason = RejectionReasons[index % RejectionReasons.Length];
                Review(request, 1 + index % 2, ReviewDecision.Rejected, reason, skipLevels: index % 2);
                (request.Stage, request.RejectionReason) = (RequestStage.Rejected, reason);
                return request;
            case Fate.UnderReview:
                // Two await level 1, one level 2, one was escalated and awaits level 4.
                request.ReviewLevel = index switch { 0 or 1 => 1, 2 => 2, _ => 4 };
                if (index == 2) Review(request, 1, ReviewDecision.NonPoliceMatter);
                if (index == 3) Review(request, 1, ReviewDecision.Escalated, "难以判定,提交局值班领导审核");
                return request;
        }

        if (random.Chance(0.2))
        {
            Review(request, 1, ReviewDecision.Escalated, "难以判定,提交局值班领导审核");
            Review(request, 4, ReviewDecision.NonPoliceMatter);
        }
        else
            for (var level = 1; level <= 4; level++) Review(request, level, ReviewDecision.NonPoliceMatter);
        request.Stage = RequestStage.Cleared;
        if (fate == Fate.Cleared) return request;

        request.DivertedAt = reviews[^1].ReviewedAt.AddMinutes(random.Next(5, 21));
        request.DivertedBy = "县110指挥中心";
        request.Deadline = deadlines.DeadlineOf(kind, request.DivertedAt.Value);
        request.Stage = RequestStage.Diverted;
        if (fate == Fate.Diverted) return request;

        var deadline = request.Deadline.Value;
        var dispatchedAt = request.DivertedAt.Value.AddMinutes(random.Next(10, 60));
        // One in twenty first reaches the wrong department and is re-dispatched.
        if (fate is Fate.Closed && random.Chance(0.05))
        {
            var wrong = NonPoliceMatters.Select(m => m.Department).First(d => d != department);
            var first = Dispatch(request, wrong, dispatchedAt, reason: null);
            first.EndedAt = dispatchedAt = dispatchedAt.AddHours(random.Next(1, 4));
            Dispatch(request, department, dispatchedAt, "非本部门职责,改派主管部门");
        }
        else Dispatch(request, department, dispatchedAt, reason: null);
        if (fate == Fate.Dispatched) return request;

        var acceptedAt = dispatchedAt.AddMinutes(kind == RequestKind.MajorEmergency ? random.Next(5, 30)
            : random.Next(20, 240));
        dispatches[^1].AcceptedAt = acceptedAt;
        dispatches[^1].AcceptedBy = organisation.Departments[department].NameZh;
        request.Stage = RequestStage.Accepted;
        switch (fate)
        {
            case Fate.Accepted:
                return request;
            case Fate.Overdue:
                Chase(request, deadline, upTo: DemoCalendar.Now);
                // Three of them have asked for more time, still waiting for an approver.
                if (index < 3) AskExtension(request, deadline);
                return request;
        }

        var late = fate == Fate.Closed && random.Chance(0.1);
        var latest = deadline < DemoCalendar.Now ? deadline : DemoCalendar.Now;
        var repliedAt = late ? random.Between(deadline.AddDays(1), deadline.AddDays(3))
            : random.Between(acceptedAt.AddMinutes(30), latest);
        (request.HandledAt, request.HandledBy) = (random.Between(acceptedAt, repliedAt), dispatches[^1].AcceptedBy);
        request.Stage = RequestStage.Handled;
        if (fate == Fate.Handled) return request;

        if (late) Chase(request, deadline, upTo: repliedAt);
        (request.RepliedAt, request.RepliedBy, request.Reply) =
            (repliedAt, dispatches[^1].AcceptedBy, "已按相关规定办理,并电话告知来电人办理结果");
        request.Stage = RequestStage.Replied;
        if (fate == Fate.Replied) return request;

        Close(request, late);
        return request;
    }

    private RequestDispatch Dispatch(ServiceRequest request, DemoDepartment department, DateTime at, string? reason)
    {
        var dispatch = new RequestDispatch
        {
            OwnerUnit = request.OwnerUnit, Request = request, Department = organisation.Departments[department],
            DispatchedAt = at, DispatchedBy = random.Pick(dispatchers), Reason = reason,
        };
        dispatches.Add(dispatch);
        (request.Department, request.Stage) = (dispatch.Department, RequestStage.Dispatched);
        return dispatch;
    }

    /// <summary>Close, return visit by SMS, phone or in person, and the three scores.</summary>
    private void Close(ServiceRequest request, bool late)
    {
        (request.ClosedAt, request.ClosedBy, request.Stage) =
            (random.DaysLater(request.RepliedAt!.Value, 1, 3), "县110指挥中心", RequestStage.Closed);
        var roll = random.NextDouble();
        var satisfied = random.Chance(0.88);
        var visit = new ReturnVisit
        {
            OwnerUnit = request.OwnerUnit,
            Request = request,
            Channel = roll < 0.5 ? ReturnVisitChannel.Sms
                : roll < 0.85 ? ReturnVisitChannel.Phone
                : ReturnVisitChannel.InPerson,
            VisitedAt = random.DaysLater(request.ClosedAt.Value, 1, 2),
            VisitedBy = random.Pick(chasers),
            Satisfied = satisfied,
            Note = satisfied ? "群众对办理结果表示满意" : "群众认为办理不够及时",
        };
        visits.Add(visit);
        scorings.Add(new RequestScoring
        {
            OwnerUnit = request.OwnerUnit, Request = request, Department = request.Department,
            Effectiveness = late ? random.Next(60, 86) : random.Next(75, 101),
            ResidentsEvaluation = satisfied ? random.Next(80, 101) : random.Next(40, 71),
            Procedure = late ? random.Next(60, 81) : random.Next(85, 101),
            ScoredAt = visit.VisitedAt.AddHours(random.Next(1, 6)), ScoredBy = random.Pick(chasers),
        });
    }

    /// <summary>The chase job raises one chase within minutes of expiry; the efficiency office then chases by hand
    /// every one to three days, at most twice.</summary>
    private void Chase(ServiceRequest request, DateTime deadline, DateTime upTo)
    {
        var at = deadline.AddMinutes(random.Next(1, 15));
        if (at >= upTo) return;
        chases.Add(new RequestChase
        {
            OwnerUnit = request.OwnerUnit, Request = request, ChasedAt = at, ChasedBy = RequestChaseJob.Actor,
            Automatic = true, Deadline = deadline, Note = RequestChaseJob.AutomaticNote,
        });
        at = random.DaysLater(at, 1, 3);
        for (var chased = 0; chased < 2 && at < upTo; chased++, at = random.DaysLater(at, 1, 3))
            chases.Add(new RequestChase
            {
                OwnerUnit = request.OwnerUnit, Request = request, ChasedAt = at, ChasedBy = random.Pick(chasers),
                Deadline = deadline, Note = "已超过办理时限,请尽快办结并回复",
            });
    }

    private void AskExtension(ServiceRequest request, DateTime deadline) =>
        extensions.Add(new RequestExtension
        {
            OwnerUnit = request.OwnerUnit, Request = request, WorkingDays = 5, Reason = "需协调多个部门现场核查",
            RequestedAt = deadline.AddDays(-1), RequestedBy = dispatches[^1].AcceptedBy!, DeadlineBefore = deadline,
        });

    /// <summary>A review at <paramref name="level"/>; <paramref name="skipLevels"/> earlier levels agreed it is not
    /// a police matter first.</summary>
    private void Review(ServiceRequest request, int level, ReviewDecision decision, string? note = null,
        int skipLevels = 0)
    {
        for (var earlier = level - skipLevels; earlier < level; earlier++)
            Review(request, earlier, ReviewDecision.NonPoliceMatter);
        var previous = reviews.Count > 0 && reviews[^1].Request == request
            ? reviews[^1].ReviewedAt
            : request.ReceivedAt;
        reviews.Add(new RequestReview
        {
            OwnerUnit = request.OwnerUnit,
            Request = request,
            Level = level,
            Decision = decision,
            Reviewer = random.Pick(reviewers[level - 1]),
            ReviewedAt = previous.AddMinutes(random.Next(2, 11)),
            Note = note,
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

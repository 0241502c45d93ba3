using Gateway.Api.Data;
using Gateway.Api.Requests;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Statistics;

public sealed record RequestsRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    public int Diverted { get; set; }
    public int DivertedConsultations { get; set; }
    public int DivertedAppeals { get; set; }
    public int DivertedComplaints { get; set; }
    public int DivertedReports { get; set; }
    public int DivertedMajorEmergencies { get; set; }
    public int RepliedOnTime { get; set; }
    public int RepliedLate { get; set; }
    public double? OnTimeRate { get; set; }
    public int? OverdueNow { get; set; }
    public int Chases { get; set; }
    public int ExtensionsApproved { get; set; }
    public int Scored { get; set; }
    public long EffectivenessSum { get; set; }
    public long ResidentsEvaluationSum { get; set; }
    public long ProcedureSum { get; set; }
    public double? MeanEffectiveness => StatisticsRates.Of(EffectivenessSum, Scored);
    public double? MeanResidentsEvaluation => StatisticsRates.Of(ResidentsEvaluationSum, Scored);
    public double? MeanProcedure => StatisticsRates.Of(ProcedureSum, Scored);
    public int ReturnVisits { get; set; }
    public int SatisfiedVisits { get; set; }
    public double? Satisfaction => StatisticsRates.Of(SatisfiedVisits, ReturnVisits);
}

public sealed class RequestsRowType : StatisticsRowType<RequestsRow>
{
    public RequestsRowType() : base("RequestsRow",
        "Non-police requests (非警务警情) per owning unit and bucket, each event counted on the county day it "
        + "happened: diversion to the 4312345 centre, the department's reply, chases, extensions, scores and return "
        + "visits. A request counts for the unit that owns it.")
    {
        Field(r => r.Diverted).Description("Requests diverted (分流) to the 4312345 centre in the bucket.");
        Field(r => r.DivertedConsultations).Description("Of those, consultations (咨询类).");
        Field(r => r.DivertedAppeals).Description("Of those, appeals (诉求类).");
        Field(r => r.DivertedComplaints).Description("Of those, complaints (投诉类).");
        Field(r => r.DivertedReports).Description("Of those, reports (举报类).");
        Field(r => r.DivertedMajorEmergencies).Description("Of those, major emergencies (重大紧急类).");
        Field(r => r.RepliedOnTime).Description("Replies (答复) in the bucket that came by the deadline (按时).");
        Field(r => r.RepliedLate).Description("Replies in the bucket that came after the deadline (超期).");
        Field(r => r.OnTimeRate, nullable: true)
            .Description("On-time rate (按时答复率), 0–1: replies by the deadline ÷ replies in the bucket.");
        Field(r => r.OverdueNow, nullable: true).Description("Requests overdue now (超期未答复): past their deadline "
            + "without a reply. A figure of now, not of the bucket: given on each group's last bucket, null on the "
            + "others.");
        Field(r => r.Chases).Description("Chases (催办) in the bucket, automatic and by hand.");
        Field(r => r.ExtensionsApproved).Description("Extensions (延期) approved in the bucket.");
        Field(r => r.Scored).Description("Requests scored in the bucket.");
        Field(r => r.MeanEffectiveness, nullable: true)
            .Description("Mean effectiveness score (办理效果), 0–100, of the requests scored in the bucket.");
        Field(r => r.MeanResidentsEvaluation, nullable: true)
            .Description("Mean residents' evaluation score (群众评价), 0–100, of the requests scored in the bucket.");
        Field(r => r.MeanProcedure, nullable: true)
            .Description("Mean procedure score (办理程序), 0–100, of the requests scored in the bucket.");
        Field(r => r.ReturnVisits).Description("Return visits (回访) in the bucket, by SMS, phone or in person.");
        Field(r => r.Satisfaction, nullable: true).Description("Satisfaction (满意率), 0–1: the share of the bucket's "
            + "return visits where the resident said they were satisfied; null when there were none.");
    }
}

public sealed class RequestStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings = [StatisticsGrouping.Scope, StatisticsGrouping.Unit];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<RequestsRowType>>>("requests")
            .Description("Non-police requests (非警务警情): diverted by kind, replied on time and late, overdue now, "
                + "chases, extensions, mean scores and satisfaction. Grouped by SCOPE or UNIT (the owning unit).")
            .Resolve(ctx => StatisticsWork.Start(ctx, (request, services, cancellationToken) => CountAsync(request,
                services.GetRequiredService<GatewayDbContext>(), services.GetRequiredService<TimeProvider>(),
                cancellationToken)));

    private static async Task<IReadOnlyList<RequestsRow>> CountAsync(StatisticsRequest request, GatewayDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        request.Require("requests", Groupings);
        var table = StatisticsTable<RequestsRow>.PerBucket(request, (group, span) => new(group, span));
        var (start, end) = (request.Period.StartUtc, request.Period.EndUtc);
        var requests = db.ServiceRequests.AsNoTracking().Where(request.OwnedInScope<ServiceRequest>());
        // A SCOPE row takes every unit's figures: grouped by day alone, a year of a city's requests is a third of the
        // groups to sort and read.
        var byUnit = request.Grouping == StatisticsGrouping.Unit;

        foreach (var g in await requests.Where(r => r.DivertedAt >= start && r.DivertedAt < end)
            .GroupBy(r => new { OwnerUnitId = byUnit ? r.OwnerUnitId : 0,
                Day = CountyCalendar.DayOf(r.DivertedAt!.Value), r.Kind })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        {
            if (table.At(g.Key.Day, g.Key.OwnerUnitId) is not { } row) continue;
            row.Diverted += g.Count;
            switch (g.Key.Kind)
            {
                case RequestKind.Consultation: row.DivertedConsultations += g.Count; break;
                case RequestKind.Appeal: row.DivertedAppeals += g.Count; break;
                case RequestKind.Complaint: row.DivertedComplaints += g.Count; break;
                case RequestKind.Report: row.DivertedReports += g.Count; break;
                default: row.DivertedMajorEmergencies += g.Count; break;
            }
        }
        foreach (var g in await requests.Where(r => r.RepliedAt >= start && r.RepliedAt < end)
            .GroupBy(r => new { OwnerUnitId = byUnit ? r.OwnerUnitId : 0,
                Day = CountyCalendar.DayOf(r.RepliedAt!.Value) })
            .Select(g => new { g.Key, Count = g.Count(), OnTime = g.Count(r => r.RepliedAt <= r.Deadline) })
            .ToListAsync(ct))
        {
            if (table.At(g.Key.Day, g.Key.OwnerUnitId) is not { } row) continue;
            row.RepliedOnTime += g.OnTime;
            row.RepliedLate += g.Count - g.OnTime;
        }
        foreach (var g in await db.RequestChases.AsNoTracking().Where(request.OwnedInScope<RequestChase>())
            .Where(c => c.ChasedAt >= start && c.ChasedAt < end)
            .GroupBy(c => new { OwnerUnitId = byUnit ? c.OwnerUnitId : 0, Day = CountyCalendar.DayOf(c.ChasedAt) })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            if (table.At(g.Key.Day, g.Key.OwnerUnitId) is { } row) row.Chases += g.Count;
        foreach (var g in await db.RequestExtensions.AsNoTracking().Where(request.OwnedInScope<RequestExtension>())
            .Where(e => e.Decision == ExtensionDecision.Approved && e.DecidedAt >= start && e.DecidedAt < end)
            .GroupBy(e => new { OwnerUnitId = byUnit ? e.OwnerUnitId : 0,
                Day = CountyCalendar.DayOf(e.DecidedAt!.Value) })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            if (table.At(g.Key.Day, g.Key.OwnerUnitId) is { } row)
                row.ExtensionsApproved += g.Count;
        foreach (var g in await db.RequestScorings.AsNoTracking().Where(request.OwnedInScope<RequestScoring>())
            .Where(s => s.ScoredAt >= start && s.ScoredAt < end)
            .GroupBy(s => new { OwnerUnitId = byUnit ? s.OwnerUnitId : 0, Day = CountyCalendar.DayOf(s.ScoredAt) })
            .Select(g => new
            {
                g.Key, Count = g.Count(), Effectiveness = g.Sum(s => s.Effectiveness),
                Residents = g.Sum(s => s.ResidentsEvaluation), Procedure = g.Sum(s => s.Procedure),
            })
            .ToListAsync(ct))
        {
            if (table.At(g.Key.Day, g.Key.OwnerUnitId) is not { } row) continue;
            row.Scored += g.Count;
            row.EffectivenessSum += g.Effectiveness;
            row.ResidentsEvaluationSum += g.Residents;
            row.ProcedureSum += g.Procedure;
        }
        foreach (var g in await db.ReturnVisits.AsNoTracking().Where(request.OwnedInScope<ReturnVisit>())
            .Where(v => v.VisitedAt >= start && v.VisitedAt < end)
            .GroupBy(v => new { OwnerUnitId = byUnit ? v.OwnerUnitId : 0, Day = CountyCalendar.DayOf(v.VisitedAt) })
            .Select(g => new { g.Key, Count = g.Count(), Satisfied = g.Count(v => v.Satisfied) }).ToListAsync(ct))
        {
            if (table.At(g.Key.Day, g.Key.OwnerUnitId) is not { } row) continue;
            row.ReturnVisits += g.Count;
            row.SatisfiedVisits += g.Satisfied;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lastBucket = request.Period.Buckets[^1];
        foreach (var row in table.Rows.Where(r => r.Span == lastBucket)) row.OverdueNow = 0;
        foreach (var g in await requests.Where(ServiceRequest.OverdueAt(now))
            .GroupBy(r => byUnit ? r.OwnerUnitId : 0).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            if (table.At(lastBucket.First, g.Key) is { } row) row.OverdueNow += g.Count;

        foreach (var row in table.Rows)
            row.OnTimeRate = StatisticsRates.Of(row.RepliedOnTime, row.RepliedOnTime + row.RepliedLate);
        return table.Rows;
    }
}

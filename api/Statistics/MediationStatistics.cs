using Gateway.Api.Data;
using Gateway.Api.Mediation;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Statistics;

public sealed record MediationRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    public int Registered { get; set; }
    public int Accepted { get; set; }
    public int Settled { get; set; }
    public int Failed { get; set; }
    public double? SettlementRate { get; set; }
    public double? MedianDaysToSettle { get; set; }
    public int? AgreementsOverdueNow { get; set; }
}

public sealed class MediationRowType : StatisticsRowType<MediationRow>
{
    public MediationRowType() : base("MediationRow",
        "People's mediation (人民调解) cases per unit or grid and bucket, counted from the case step log on the county "
        + "day each step happened; a case counts for the unit that owns it (where the dispute arose) and its grid.")
    {
        Field(r => r.Registered).Description("Cases registered (登记) in the bucket.");
        Field(r => r.Accepted).Description("Cases accepted (受理) in the bucket.");
        Field(r => r.Settled).Description("Cases settled (调解成功) in the bucket: an agreement was reached.");
        Field(r => r.Failed).Description("Cases whose mediation failed (调解不成) in the bucket.");
        Field(r => r.SettlementRate, nullable: true).Description("Settlement rate (调解成功率), 0–1: settled ÷ "
            + "(settled + failed) of the bucket — the cases that ended either way in it; null when none did.");
        Field(r => r.MedianDaysToSettle, nullable: true).Description("Median county days from registration to "
            + "settlement of the cases settled in the bucket; null when none was.");
        Field(r => r.AgreementsOverdueNow, nullable: true).Description("Agreements overdue now (协议逾期未履行): "
            + "their performance deadline has passed and no follow-up found them carried out in full. A figure of "
            + "today, not of the bucket: given on each group's last bucket, null on the others.");
    }
}

public sealed class MediationStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings =
        [StatisticsGrouping.Scope, StatisticsGrouping.Unit, StatisticsGrouping.Grid];

    private static readonly MediationStage[] Counted =
        [MediationStage.Registered, MediationStage.Accepted, MediationStage.AgreementReached, MediationStage.Failed];


    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<MediationRowType>>>("mediation")
            .Description("People's mediation (人民调解): cases registered, accepted, settled and failed, settlement "
                + "rate, median days to settle, and agreements overdue now. Grouped by SCOPE, UNIT or GRID; may be "
                + "narrowed to a grid.")
            .Resolve(ctx => StatisticsWork.Start(ctx, (request, services, cancellationToken) => CountAsync(request,
                services.GetRequiredService<GatewayDbContext>(), services.GetRequiredService<TimeProvider>(),
                cancellationToken)));

    private static async Task<IReadOnlyList<MediationRow>> CountAsync(StatisticsRequest request, GatewayDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        request.Require("mediation", Groupings, narrowsToGrid: true);
        var table = StatisticsTable<MediationRow>.PerBucket(request, (group, span) => new(group, span));
        var (start, end, gridId) = (request.Period.StartUtc, request.Period.EndUtc, request.GridId);
        var steps = db.MediationCaseSteps.AsNoTracking().Where(request.OwnedInScope<MediationCaseStep>())
            .Where(s => s.At >= start && s.At < end && (gridId == null || s.Case!.GridId == gridId));

        foreach (var step in await steps.Where(s => Counted.Contains(s.To))
            .GroupBy(s => new { s.OwnerUnitId, s.Case!.GridId, Day = CountyCalendar.DayOf(s.At), s.To })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
        {
            if (table.At(step.Key.Day, step.Key.OwnerUnitId, step.Key.GridId) is not { } row)
                continue;
            switch (step.Key.To)
            {
                case MediationStage.Registered: row.Registered += step.Count; break;
                case MediationStage.Accepted: row.Accepted += step.Count; break;
                case MediationStage.AgreementReached: row.Settled += step.Count; break;
                default: row.Failed += step.Count; break;
            }
        }

        // The median needs every duration, one short row per case settled in the period.
        var settled = await steps.Where(s => s.To == MediationStage.AgreementReached)
            .Select(s => new { s.OwnerUnitId, s.Case!.GridId, s.At, s.Case.RegisteredAt })
            .ToListAsync(cancellationToken);
        foreach (var rowCases in settled.GroupBy(s => table.At(CountyCalendar.DayOf(s.At), s.OwnerUnitId, s.GridId)))
            if (rowCases.Key is { } row)
                row.MedianDaysToSettle = Median([.. rowCases.Select(s =>
                    CountyCalendar.DayOf(s.At).DayNumber - CountyCalendar.DayOf(s.RegisteredAt).DayNumber)]);

        var today = CountyCalendar.Today(clock);
        var lastBucket = request.Period.Buckets[^1].First;
        foreach (var row in table.Rows.Where(r => r.Span.Index == request.Period.Buckets.Count - 1))
            row.AgreementsOverdueNow = 0;
        foreach (var overdue in await db.MediationAgreements.AsNoTracking()
            .Where(request.OwnedInScope<MediationAgreement>()).Where(MediationAgreement.OverdueOn(today))
            .Where(a => gridId == null || a.Case!.GridId == gridId)
            .GroupBy(a => new { a.OwnerUnitId, a.Case!.GridId }).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken))
            if (table.At(lastBucket, overdue.Key.OwnerUnitId, overdue.Key.GridId) is { } row)
                row.AgreementsOverdueNow += overdue.Count;

        foreach (var row in table.Rows)
            row.SettlementRate = StatisticsRates.Of(row.Settled, row.Settled + row.Failed);
        return table.Rows;
    }

    private static double Median(int[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}

using Gateway.Api.Data;
using Gateway.Api.Informants;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Statistics;

public sealed record InformantsRow(StatisticsGroup Group, StatisticsSpan Span)
    : StatisticsRow(Group, Span), ISuppressibleRow
{
    public int? OnFile { get; set; } = 0;
    public int? AuthorisationsLapsed { get; set; } = 0;
    public int? Tips { get; set; } = 0;
    public int? UsefulTips { get; set; } = 0;
    public int? RewardsPaid { get; set; } = 0;
    public decimal? RewardsPaidYuan { get; set; } = 0m;
    public bool Suppressed { get; set; }
}

public sealed class InformantsRowType : StatisticsRowType<InformantsRow>
{
    public InformantsRowType() : base("InformantsRow",
        "Informants (情报信息员) per unit and bucket, in counts only: never a code name, identity, handler or anything "
        + "else that names an informant. Small cells are suppressed (小数抑制): a count from 1 to k − 1 (k is "
        + "`Statistics:SuppressBelow`, 5 unless configured) comes back null, because so few could point at the people "
        + "behind it; so does any cell that would give a hidden one back by subtraction — from the SCOPE row of the "
        + "same bucket, or from a coarser bucket of the same unit — and a sum in yuan goes with its count. "
        + "`suppressed` marks a row that lost a figure. Zero is shown.")
    {
        Field(r => r.OnFile, nullable: true).Description("Informants on file (在册) at the bucket's end: recruited by "
            + "its last day (or today, when that is earlier), deactivated ones included, as their files stay.");
        Field(r => r.AuthorisationsLapsed, nullable: true).Description("Of those, not deactivated, whose "
            + "authorisation (授权) had lapsed on that day: no twelve-month period covered it.");
        Field(r => r.Tips, nullable: true).Description("Tips (情报线索) received in the bucket.");
        Field(r => r.UsefulTips, nullable: true)
            .Description("Of the tips received in the bucket, those judged useful (有价值).");
        Field(r => r.RewardsPaid, nullable: true).Description("Rewards (奖励) paid in the bucket, on the day of "
            + "payment; a reward later declined is not counted.");
        Field(r => r.RewardsPaidYuan, nullable: true).Description("Their sum in yuan: each the offer moved by every "
            + "correction. Suppressed with the count.");
        Field(r => r.Suppressed).Description("Whether any figure of this row was suppressed (null) as a small cell "
            + "or its complement.");
    }
}

public sealed class InformantStatistics(IOptions<StatisticsOptions> options) : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings = [StatisticsGrouping.Scope, StatisticsGrouping.Unit];
    private static readonly double OffsetHours = CountyCalendar.Offset.TotalHours;

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<InformantsRowType>>>("informants")
            .Description("Informants (情报信息员): on file, authorisations lapsed, tips, useful tips and rewards paid "
                + "(count and yuan), in counts only, small cells suppressed. Grouped by SCOPE or UNIT only, over whole "
                + "calendar months in MONTH, QUARTER or YEAR buckets.")
            .ResolveAsync(async ctx => await CountAsync(ctx.Source,
                ctx.RequestServices!.GetRequiredService<GatewayDbContext>(),
                ctx.RequestServices!.GetRequiredService<TimeProvider>(), ctx.CancellationToken));

    private async Task<IReadOnlyList<InformantsRow>> CountAsync(StatisticsRequest request, GatewayDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        request.Require("informants", Groupings);
        // Suppression holds within an answer; answers a few days apart could give a hidden cell back by subtraction.
        var period = request.Period;
        if (!period.BucketsHoldWholeMonths || period.FirstDay.Day != 1 || period.EndDay.Day != 1)
            throw new ExecutionError("Informant figures are published per whole calendar month: ask for MONTH, "
                + "QUARTER or YEAR buckets over whole months.") { Code = StatisticsRequest.UnsupportedCut };
        var table = StatisticsTable<InformantsRow>.PerBucket(request, (group, span) => new(group, span));
        var (start, end) = (request.Period.StartUtc, request.Period.EndUtc);
        await CountOnFileAsync(request, table, db, CountyCalendar.Today(clock), ct);

        foreach (var g in await db.Tips.AsNoTracking().Where(request.OwnedInScope<Tip>())
            .Where(t => t.ReceivedAt >= start && t.ReceivedAt < end)
            .GroupBy(t => new { t.OwnerUnitId, Day = t.ReceivedAt.AddHours(OffsetHours).Date })
            .Select(g => new { g.Key, Count = g.Count(), Useful = g.Count(t => t.Useful) }).ToListAsync(ct))
        {
            if (table.At(DateOnly.FromDateTime(g.Key.Day), g.Key.OwnerUnitId) is not { } row) continue;
            row.Tips += g.Count;
            row.UsefulTips += g.Useful;
        }

        // A reward's amount is its ledger's sum (see RewardLedger); one with a refusal on file is not paid.
        var entries = db.RewardEntries.AsNoTracking().Where(request.OwnedInScope<RewardEntry>());
        var amounts = entries.GroupBy(a => a.RewardId)
            .Select(g => new { RewardId = g.Key, Amount = g.Sum(a => a.Amount) });
        foreach (var g in await entries
            .Where(e => e.Kind == RewardEntryKind.Paid && e.RecordedAt >= start && e.RecordedAt < end)
            .Where(e => !entries.Any(d => d.RewardId == e.RewardId && d.Kind == RewardEntryKind.Declined))
            .Join(amounts, e => e.RewardId, a => a.RewardId, (e, a) => new
            {
                e.OwnerUnitId, Day = e.RecordedAt.AddHours(OffsetHours).Date, a.Amount,
            })
            .GroupBy(e => new { e.OwnerUnitId, e.Day })
            .Select(g => new { g.Key, Count = g.Count(), Yuan = g.Sum(e => e.Amount) }).ToListAsync(ct))
        {
            if (table.At(DateOnly.FromDateTime(g.Key.Day), g.Key.OwnerUnitId) is not { } row) continue;
            row.RewardsPaid += g.Count;
            row.RewardsPaidYuan += g.Yuan ?? 0m;
        }

        SmallCellSuppression.Apply(table.Rows, request, options.Value.SuppressBelow,
            new SuppressedCount<InformantsRow>(r => r.OnFile ?? 0, r => r.OnFile = null, AddsUpOverBuckets: false),
            new SuppressedCount<InformantsRow>(r => r.AuthorisationsLapsed ?? 0, r => r.AuthorisationsLapsed = null,
                AddsUpOverBuckets: false),
            new SuppressedCount<InformantsRow>(r => r.Tips ?? 0, r => r.Tips = null, AddsUpOverBuckets: true),
            new SuppressedCount<InformantsRow>(r => r.UsefulTips ?? 0, r => r.UsefulTips = null,
                AddsUpOverBuckets: true),
            new SuppressedCount<InformantsRow>(r => r.RewardsPaid ?? 0, r => (r.RewardsPaid, r.RewardsPaidYuan) =
                (null, null), AddsUpOverBuckets: true));
        return table.Rows;
    }

    /// <summary>Informants on file and lapsed as of each bucket's last day, or today when that is earlier: their
    /// standing on a day is <see cref="InformantStanding"/>'s, from the authorisation periods on file.</summary>
    private static async Task CountOnFileAsync(StatisticsRequest request, StatisticsTable<InformantsRow> table,
        GatewayDbContext db, DateOnly today, CancellationToken ct)
    {
        var lastDay = request.Period.EndDay.AddDays(-1);
        var informants = await db.Informants.AsNoTracking().Where(request.OwnedInScope<Informant>())
            .Where(i => i.RecruitedOn <= lastDay && i.RecruitedOn <= today)
            .Select(i => new { i.Id, i.OwnerUnitId, i.RecruitedOn, i.DeactivatedOn }).ToListAsync(ct);
        var periods = (await db.InformantAuthorisations.AsNoTracking()
                .Where(request.OwnedInScope<InformantAuthorisation>()).Where(a => a.ValidFrom <= lastDay)
                .Select(a => new { a.InformantId, a.ValidFrom, a.ValidUntil }).ToListAsync(ct))
            .ToLookup(a => a.InformantId, a => (a.ValidFrom, a.ValidUntil));
        foreach (var span in request.Period.Buckets)
        {
            var day = span.Last < today ? span.Last : today;
            foreach (var informant in informants.Where(i => i.RecruitedOn <= day))
            {
                if (table.At(span.First, informant.OwnerUnitId) is not { } row) continue;
                row.OnFile++;
                var deactivatedOn = informant.DeactivatedOn <= day ? informant.DeactivatedOn : null;
                if (InformantStanding.Of(deactivatedOn, [.. periods[informant.Id]], day).Status
                    == InformantStatus.Lapsed)
                    row.AuthorisationsLapsed++;
            }
        }
    }
}

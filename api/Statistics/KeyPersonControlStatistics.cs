using Gateway.Api.Data;
using Gateway.Api.Registry;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Statistics;

public sealed record KeyPersonControlRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    public int Controls { get; set; }
    public int Visits { get; set; }
    public int Talks { get; set; }
    public int CheckIns { get; set; }
    public int WhereaboutsChecks { get; set; }
    public int OfReleasedPersons { get; set; }
    public int OfDrugUsers { get; set; }
    public int OfPetitioners { get; set; }
    public int OfSupervisedPersons { get; set; }
}

public sealed class KeyPersonControlRowType : StatisticsRowType<KeyPersonControlRow>
{
    public KeyPersonControlRowType() : base("KeyPersonControlRow",
        "Key-person controls (重点人口管控) in person-times, on the county day each took place: each control is one "
        + "event (a visit, a talk, a check-in or a whereabouts check), with no start or end. Counted for the office "
        + "keeping the resident's record, in the grid the resident lies in, or for the person who did it; by the key "
        + "person's category as it stands now.")
    {
        Field(r => r.Controls).Description("Controls (管控人次).");
        Field(r => r.Visits).Description("Of them, visits (走访).");
        Field(r => r.Talks).Description("Of them, talks (谈话).");
        Field(r => r.CheckIns).Description("Of them, the person checking in (报到).");
        Field(r => r.WhereaboutsChecks).Description("Of them, checks of the person's whereabouts (去向核查).");
        Field(r => r.OfReleasedPersons).Description("Controls of persons released from prison (刑释人员).");
        Field(r => r.OfDrugUsers).Description("Controls of drug users (吸毒人员).");
        Field(r => r.OfPetitioners).Description("Controls of petitioners (上访人员).");
        Field(r => r.OfSupervisedPersons).Description("Controls of persons under community supervision (社区矫正).");
    }
}

/// <summary>Key-person controls per bucket: one GROUP BY query whatever the buckets.</summary>
public sealed class KeyPersonControlStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings =
        [StatisticsGrouping.Scope, StatisticsGrouping.Unit, StatisticsGrouping.Grid, StatisticsGrouping.Person];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<KeyPersonControlRowType>>>(
                "keyPersonControls")
            .Description("Key-person controls (重点人口管控) in person-times, by kind and by the key person's "
                + "category. Grouped by SCOPE, UNIT, GRID or PERSON (who did it); may be narrowed to a grid or a "
                + "person.")
            .Resolve(ctx => StatisticsWork.Start(ctx, (request, services, cancellationToken) => CountAsync(request,
                services.GetRequiredService<GatewayDbContext>(), cancellationToken)));

    private static async Task<IReadOnlyList<KeyPersonControlRow>> CountAsync(StatisticsRequest request,
        GatewayDbContext db, CancellationToken cancellationToken)
    {
        request.Require("keyPersonControls", Groupings, narrowsToGrid: true, narrowsToPerson: true);
        var table = StatisticsTable<KeyPersonControlRow>.PerBucket(request, (group, span) => new(group, span));
        var (gridId, personId) = (request.GridId, request.PersonId);
        var (start, end) = (request.Period.StartUtc, request.Period.EndUtc);
        var controls = await db.KeyPersonControls.AsNoTracking().Where(request.OwnedInScope<KeyPersonControl>())
            .Where(c => c.OccurredAt >= start && c.OccurredAt < end && (personId == null || c.PersonId == personId))
            .Select(c => new
            {
                c.OwnerUnitId, c.PersonId, c.Kind, c.OccurredAt,
                GridId = (long?)c.Resident!.GridId, Category = c.Resident.KeyPersonCategory,
            })
            .Where(c => gridId == null || c.GridId == gridId)
            .GroupBy(c => new
            {
                c.OwnerUnitId, c.GridId, c.PersonId, c.Kind, c.Category,
                Day = CountyCalendar.DayOf(c.OccurredAt),
            })
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        foreach (var (key, count) in controls.Select(c => (c.Key, c.Count)))
        {
            if (table.At(key.Day, unit: key.OwnerUnitId, grid: key.GridId,
                    person: key.PersonId) is not { } row)
                continue;
            row.Controls += count;
            switch (key.Kind)
            {
                case KeyPersonControlKind.Visit: row.Visits += count; break;
                case KeyPersonControlKind.Talk: row.Talks += count; break;
                case KeyPersonControlKind.CheckIn: row.CheckIns += count; break;
                default: row.WhereaboutsChecks += count; break;
            }
            switch (key.Category)
            {
                case KeyPersonCategory.Released: row.OfReleasedPersons += count; break;
                case KeyPersonCategory.Drug: row.OfDrugUsers += count; break;
                case KeyPersonCategory.Petitioner: row.OfPetitioners += count; break;
                case KeyPersonCategory.Supervised: row.OfSupervisedPersons += count; break;
            }
        }
        return table.Rows;
    }
}

using Gateway.Api.Data;
using Gateway.Api.Grids;
using Gateway.Api.Registry;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Statistics;

/// <summary>What a registry row counts on file as of its day: records by category, and their freshness.</summary>
public enum RegistryFigure
{
    StandardAddresses,
    Residents, RegisteredResidents, FloatingResidents, ElderlyLivingAlone, LeftBehindChildren, DisabledResidents,
    Veterans, KeyPersons,
    Houses, OwnerOccupiedHouses, RentalHouses, VacantHouses, CommercialHouses,
    RegisteredUnits, Hotels, Ktvs, InternetCafes, FootMassageShops, CourierOutlets, OtherVenues, KeyUnits,
    KeyLocations, ConstructionSites,
    FreshRecords, AgingRecords, StaleRecords,
}

public sealed record RegistryRow(StatisticsGroup Group, StatisticsSpan Span) : StatisticsRow(Group, Span)
{
    private static readonly int Figures = Enum.GetValues<RegistryFigure>().Length;

    public DateOnly? AsOf { get; set; }

    /// <summary>Records entered in this bucket (the first bucket: also before the period), by figure; summed over
    /// the buckets up to each one, they give what is on file.</summary>
    public int[] Entered { get; } = new int[Figures];

    public int[] OnFile { get; } = new int[Figures];
    public int Revisions { get; set; }
    public int RecordsCreated { get; set; }
    public int RecordsUpdated { get; set; }
    public int RecordsMoved { get; set; }
    public int RecordsVerified { get; set; }

    public void Enter(int count, params RegistryFigure[] figures)
    {
        foreach (var figure in figures) Entered[(int)figure] += count;
    }
}

public sealed class RegistryRowType : StatisticsRowType<RegistryRow>
{
    private static readonly Dictionary<RegistryFigure, string> Descriptions = new()
    {
        [RegistryFigure.StandardAddresses] = "Standard addresses (标准地址) on file.",
        [RegistryFigure.Residents] = "Residents (实有人口) on file.",
        [RegistryFigure.RegisteredResidents] = "Registered residents (户籍人口).",
        [RegistryFigure.FloatingResidents] = "Floating residents (流动人口).",
        [RegistryFigure.ElderlyLivingAlone] = "Elderly living alone (孤寡老人).",
        [RegistryFigure.LeftBehindChildren] = "Left-behind children (留守儿童).",
        [RegistryFigure.DisabledResidents] = "Disabled residents (残疾人).",
        [RegistryFigure.Veterans] = "Veterans (退役军人).",
        [RegistryFigure.KeyPersons] = "Key persons (重点人口): residents with a key-person category.",
        [RegistryFigure.Houses] = "Houses (实有房屋) on file.",
        [RegistryFigure.OwnerOccupiedHouses] = "Owner-occupied houses (自住房屋).",
        [RegistryFigure.RentalHouses] = "Rental houses (出租房屋).",
        [RegistryFigure.VacantHouses] = "Vacant houses (空置房屋).",
        [RegistryFigure.CommercialHouses] = "Commercial premises (商用房屋).",
        [RegistryFigure.RegisteredUnits] = "Units (实有单位) on file: venues, key units, key locations, sites.",
        [RegistryFigure.Hotels] = "Hotels (旅馆).",
        [RegistryFigure.Ktvs] = "KTVs.",
        [RegistryFigure.InternetCafes] = "Internet cafés (网吧).",
        [RegistryFigure.FootMassageShops] = "Foot-massage shops (足浴店).",
        [RegistryFigure.CourierOutlets] = "Courier outlets (快递网点).",
        [RegistryFigure.OtherVenues] = "Other venues (其他场所).",
        [RegistryFigure.KeyUnits] = "Key units (重点单位).",
        [RegistryFigure.KeyLocations] = "Key locations (重点部位).",
        [RegistryFigure.ConstructionSites] = "Construction sites (建筑工地).",
        [RegistryFigure.FreshRecords] = "Residents, houses and units whose latest write (entry, update, move or "
            + "verification: their latest revision) lies within Statistics:Freshness:FreshDays (90) days of the "
            + "day's end (信息鲜活).",
        [RegistryFigure.AgingRecords] = "Those whose latest write lies within Statistics:Freshness:AgingDays (365) "
            + "days, but not FreshDays.",
        [RegistryFigure.StaleRecords] = "Those whose latest write is older: fresh, aging and stale add up to the "
            + "residents, houses and units on file that have revisions (every write through the API makes one).",
    };

    public RegistryRowType() : base("RegistryRow",
        "The registry, \"one standard, three actuals\" (一标三实): standard addresses, actual population, housing and "
        + "units on file as of the bucket's last day (`asOf`) by category, their freshness then, and the revisions "
        + "(registry writes) made in the bucket. A record counts from the day it was entered, for the unit that owns "
        + "it and in the grid it lies in, with its category as it stands now.")
    {
        Field<DateOnlyGraphType>("asOf").Description("The day the records on file are counted: the bucket's last "
            + "day, or today when that is later; null for a bucket that starts after today, which counts nothing.")
            .Resolve(ctx => ctx.Source.AsOf);
        foreach (var figure in Enum.GetValues<RegistryFigure>())
            Field<NonNullGraphType<IntGraphType>>(figure.ToString().ToCamelCase())
                .Description(Descriptions[figure]).Resolve(ctx => ctx.Source.OnFile[(int)figure]);
        Field(r => r.Revisions).Description("Registry writes (revisions, 信息维护) made in the bucket, of addresses, "
            + "residents, houses and units, counted for the unit that owned the record then.");
        Field(r => r.RecordsCreated).Description("Of them, records entered (新录入).");
        Field(r => r.RecordsUpdated).Description("Of them, records updated (更新).");
        Field(r => r.RecordsMoved).Description("Of them, records moved to another grid or office (迁移).");
        Field(r => r.RecordsVerified).Description("Of them, records verified unchanged (核实).");
    }
}

/// <summary>
/// The registry by category and freshness, as of each bucket's end, and its revisions per bucket: eight GROUP BY
/// queries whatever the buckets. Records on file are counted per day of entry (days before the period together) and
/// summed up to each bucket; a record's freshness on a day is read from the revision that is its latest then — the
/// revision and the next one of the same record, grouped by their days.
/// </summary>
public sealed class RegistryStatistics : IStatisticsFields
{
    private static readonly StatisticsGrouping[] Groupings =
        [StatisticsGrouping.Scope, StatisticsGrouping.Unit, StatisticsGrouping.Grid];

    public void AddTo(ObjectGraphType<StatisticsRequest> statistics) =>
        statistics.Field<ListGraphType<NonNullGraphType<RegistryRowType>>>("registry")
            .Description("The registry (一标三实) by category and freshness as of each bucket's last day, and the "
                + "revisions made in each bucket. Grouped by SCOPE, UNIT or GRID; may be narrowed to a grid.")
            .Resolve(ctx => StatisticsWork.Start(ctx, (request, services, cancellationToken) =>
                new RegistryCount(request, services).CountAsync(cancellationToken)));

    /// <summary>A record's write as freshness reads it: when, and when the record's next write came.</summary>
    private sealed class RecordWrite
    {
        public long OwnerUnitId { get; init; }
        public long GridId { get; init; }
        public DateTime At { get; init; }
        public DateTime? Next { get; init; }
    }

    private sealed class RegistryCount(StatisticsRequest request, IServiceProvider services)
    {
        private readonly GatewayDbContext db = services.GetRequiredService<GatewayDbContext>();
        private readonly RegistryFreshnessOptions freshness =
            services.GetRequiredService<IOptions<StatisticsOptions>>().Value.Freshness;
        private readonly StatisticsTable<RegistryRow> table =
            StatisticsTable<RegistryRow>.PerBucket(request, (group, span) => new(group, span));
        private readonly long? gridId = request.GridId;
        private readonly DateTime start = request.Period.StartUtc;
        /// <summary>The day each bucket is counted on, in time order; buckets after today have none.</summary>
        private List<DateOnly> asOfDays = [];
        /// <summary>Per group, per freshness figure, how the count changes at each bucket.</summary>
        private readonly Dictionary<StatisticsGroup, int[,]> changes = [];

        /// <summary>The county day of an instant on or after the period's start; null before it.</summary>
        
        public async Task<IReadOnlyList<RegistryRow>> CountAsync(CancellationToken cancellationToken)
        {
            request.Require("registry", Groupings, narrowsToGrid: true);
            var today = CountyCalendar.Today(services.GetRequiredService<TimeProvider>());
            foreach (var row in table.Rows) row.AsOf = StatisticsFigures.AsOf(row.Span, today);
            asOfDays = [.. request.Period.Buckets.Select(span => StatisticsFigures.AsOf(span, today))
                .OfType<DateOnly>()];
            if (asOfDays.Count > 0)
            {
                await CountEnteredAsync(cancellationToken);
                SumUpToEachBucket();
                await CountFreshnessAsync(cancellationToken);
            }
            await CountRevisionsAsync(cancellationToken);
            return table.Rows;
        }

        /// <summary>The row of what was entered on <paramref name="day"/>; before the period (null), its first
        /// day's.</summary>
        private RegistryRow? Entered(long unit, long? grid, DateOnly? day) =>
            table.At(day ?? request.Period.FirstDay, unit: unit, grid: grid);

        private async Task CountEnteredAsync(CancellationToken cancellationToken)
        {
            var addresses = await db.RegistryRevisions.AsNoTracking()
                .Where(r => r.StandardAddressId != null && r.Number == 1)
                .Join(db.StandardAddresses.AsNoTracking().Where(request.OwnedInScope<StandardAddress>()),
                    r => r.StandardAddressId, a => (long?)a.Id, (r, a) => new { a.OwnerUnitId, a.GridId, r.At })
                .Where(a => gridId == null || a.GridId == gridId)
                .GroupBy(a => new
                {
                    a.OwnerUnitId, a.GridId,
                    Day = a.At < start ? (DateOnly?)null : CountyCalendar.DayOf(a.At),
                })
                .Select(g => new { g.Key.OwnerUnitId, g.Key.GridId, g.Key.Day, Count = g.Count() })
                .ToListAsync(cancellationToken);
            foreach (var a in addresses)
                Entered(a.OwnerUnitId, a.GridId, a.Day)?.Enter(a.Count, RegistryFigure.StandardAddresses);

            var residents = await db.Residents.AsNoTracking().Where(request.OwnedInScope<Resident>())
                .Where(r => gridId == null || r.GridId == gridId)
                .GroupBy(r => new
                {
                    r.OwnerUnitId, r.GridId, r.Registration, r.SpecialGroup, KeyPerson = r.KeyPersonCategory != null,
                    Day = r.RecordedAt < start ? (DateOnly?)null
                        : CountyCalendar.DayOf(r.RecordedAt),
                })
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var (key, count) in residents.Select(r => (r.Key, r.Count)))
            {
                if (Entered(key.OwnerUnitId, key.GridId, key.Day) is not { } row) continue;
                row.Enter(count, RegistryFigure.Residents, key.Registration == Registration.Floating
                    ? RegistryFigure.FloatingResidents : RegistryFigure.RegisteredResidents);
                if (key.SpecialGroup is { } group)
                    row.Enter(count, group switch
                    {
                        SpecialGroup.ElderlyLivingAlone => RegistryFigure.ElderlyLivingAlone,
                        SpecialGroup.LeftBehindChild => RegistryFigure.LeftBehindChildren,
                        SpecialGroup.Disabled => RegistryFigure.DisabledResidents,
                        _ => RegistryFigure.Veterans,
                    });
                if (key.KeyPerson) row.Enter(count, RegistryFigure.KeyPersons);
            }

            var houses = await db.Houses.AsNoTracking().Where(request.OwnedInScope<House>())
                .Where(h => gridId == null || h.GridId == gridId)
                .GroupBy(h => new
                {
                    h.OwnerUnitId, h.GridId, h.Use,
                    Day = h.RecordedAt < start ? (DateOnly?)null
                        : CountyCalendar.DayOf(h.RecordedAt),
                })
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var (key, count) in houses.Select(h => (h.Key, h.Count)))
                Entered(key.OwnerUnitId, key.GridId, key.Day)?.Enter(count, RegistryFigure.Houses, key.Use switch
                {
                    HouseUse.OwnerOccupied => RegistryFigure.OwnerOccupiedHouses,
                    HouseUse.Rental => RegistryFigure.RentalHouses,
                    HouseUse.Vacant => RegistryFigure.VacantHouses,
                    _ => RegistryFigure.CommercialHouses,
                });

            var units = await db.RegisteredUnits.AsNoTracking().Where(request.OwnedInScope<RegisteredUnit>())
                .Where(u => gridId == null || u.GridId == gridId)
                .GroupBy(u => new
                {
                    u.OwnerUnitId, u.GridId, u.Category,
                    Day = u.RecordedAt < start ? (DateOnly?)null
                        : CountyCalendar.DayOf(u.RecordedAt),
                })
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var (key, count) in units.Select(u => (u.Key, u.Count)))
                Entered(key.OwnerUnitId, key.GridId, key.Day)?.Enter(count, RegistryFigure.RegisteredUnits,
                    key.Category switch
                    {
                        UnitCategory.Hotel => RegistryFigure.Hotels,
                        UnitCategory.Ktv => RegistryFigure.Ktvs,
                        UnitCategory.InternetCafe => RegistryFigure.InternetCafes,
                        UnitCategory.FootMassage => RegistryFigure.FootMassageShops,
                        UnitCategory.CourierOutlet => RegistryFigure.CourierOutlets,
                        UnitCategory.KeyUnit => RegistryFigure.KeyUnits,
                        UnitCategory.KeyLocation => RegistryFigure.KeyLocations,
                        UnitCategory.ConstructionSite => RegistryFigure.ConstructionSites,
                        _ => RegistryFigure.OtherVenues,
                    });
        }

        /// <summary>What is on file as of each bucket: everything entered up to it. The table's rows run group by
        /// group, each group's buckets in time order.</summary>
        private void SumUpToEachBucket()
        {
            var onFile = new int[Enum.GetValues<RegistryFigure>().Length];
            foreach (var row in table.Rows)
            {
                if (row.Span.Index == 0) Array.Clear(onFile);
                for (var i = 0; i < onFile.Length; i++) onFile[i] += row.Entered[i];
                if (row.AsOf is not null) onFile.CopyTo(row.OnFile, 0);
            }
        }

        /// <summary>
        /// Each record's latest write as of each bucket's end E is the revision r with r.At &lt; E and no next
        /// revision before E. Revisions are read grouped by their day and their successor's day, clamped: a write
        /// before the oldest day any freshness threshold can reach is stale for every bucket, a successor after the
        /// last end is as good as none; a write superseded before the first end counts at no bucket.
        /// </summary>
        private async Task CountFreshnessAsync(CancellationToken cancellationToken)
        {
            var (firstEnd, lastEnd) = (asOfDays[0].AddDays(1), asOfDays[^1].AddDays(1));
            var lastEndUtc = CountyCalendar.StartOf(lastEnd);
            var beyondAging = CountyCalendar.StartOf(firstEnd.AddDays(-freshness.AgingDays));
            var residents =
                from record in db.Residents.AsNoTracking().Where(request.OwnedInScope<Resident>())
                join revision in db.RegistryRevisions.AsNoTracking() on (long?)record.Id equals revision.ResidentId
                select new RecordWrite
                {
                    OwnerUnitId = record.OwnerUnitId, GridId = record.GridId, At = revision.At,
                    Next = db.RegistryRevisions
                        .Where(n => n.ResidentId == record.Id && n.Number == revision.Number + 1)
                        .Select(n => (DateTime?)n.At).FirstOrDefault(),
                };
            var houses =
                from record in db.Houses.AsNoTracking().Where(request.OwnedInScope<House>())
                join revision in db.RegistryRevisions.AsNoTracking() on (long?)record.Id equals revision.HouseId
                select new RecordWrite
                {
                    OwnerUnitId = record.OwnerUnitId, GridId = record.GridId, At = revision.At,
                    Next = db.RegistryRevisions
                        .Where(n => n.HouseId == record.Id && n.Number == revision.Number + 1)
                        .Select(n => (DateTime?)n.At).FirstOrDefault(),
                };
            var units =
                from record in db.RegisteredUnits.AsNoTracking().Where(request.OwnedInScope<RegisteredUnit>())
                join revision in db.RegistryRevisions.AsNoTracking()
                    on (long?)record.Id equals revision.RegisteredUnitId
                select new RecordWrite
                {
                    OwnerUnitId = record.OwnerUnitId, GridId = record.GridId, At = revision.At,
                    Next = db.RegistryRevisions
                        .Where(n => n.RegisteredUnitId == record.Id && n.Number == revision.Number + 1)
                        .Select(n => (DateTime?)n.At).FirstOrDefault(),
                };
            foreach (var writes in new[] { residents, houses, units })
            {
                var spans = await writes.Where(w => gridId == null || w.GridId == gridId)
                    .Where(w => w.At < lastEndUtc)
                    .GroupBy(w => new
                    {
                        w.OwnerUnitId, w.GridId,
                        Day = w.At < beyondAging ? (DateOnly?)null
                            : CountyCalendar.DayOf(w.At),
                        NextDay = w.Next == null || w.Next >= lastEndUtc ? (DateOnly?)null
                            : CountyCalendar.DayOf(w.Next.Value),
                    })
                    .Select(g => new { g.Key.OwnerUnitId, g.Key.GridId, g.Key.Day, g.Key.NextDay, Count = g.Count() })
                    .ToListAsync(cancellationToken);
                foreach (var span in spans)
                    Freshen(span.OwnerUnitId, span.GridId, span.Day, span.NextDay, span.Count);
            }
            SumFreshness();
        }

        /// <summary>Counts <paramref name="count"/> records whose latest write was on <paramref name="written"/>
        /// (null: long ago) at the end of every bucket from then until their next write (null: none yet): fresh, then
        /// aging, then stale, as ranges of buckets, summed bucket by bucket once all are in.</summary>
        private void Freshen(long unit, long grid, DateOnly? written, DateOnly? next, int count)
        {
            if (request.GroupOf(unit, grid, null) is not { } group) return;
            if (!changes.TryGetValue(group, out var change))
                changes[group] = change = new int[3, asOfDays.Count + 1];
            var until = next is { } following ? Reached(following) : asOfDays.Count;
            void Add(int figure, int from, int to)
            {
                if (from >= to) return;
                change[figure, from] += count;
                change[figure, to] -= count;
            }
            if (written is not { } day)
            {
                Add(2, 0, until);
                return;
            }
            var (fresh, aging) = (Reached(day.AddDays(freshness.FreshDays)), Reached(day.AddDays(freshness.AgingDays)));
            Add(0, Reached(day), Math.Min(fresh, until));
            Add(1, fresh, Math.Min(aging, until));
            Add(2, aging, until);
        }

        /// <summary>The buckets whose end (the day after the day counted) is on or before
        /// <paramref name="day"/>.</summary>
        private int Reached(DateOnly day)
        {
            var index = asOfDays.BinarySearch(day.AddDays(-1));
            return index >= 0 ? index + 1 : ~index;
        }

        private void SumFreshness()
        {
            var rows = table.Rows.ToDictionary(r => (r.Group, r.Span.Index));
            RegistryFigure[] figures = [RegistryFigure.FreshRecords, RegistryFigure.AgingRecords,
                RegistryFigure.StaleRecords];
            foreach (var (group, change) in changes)
                for (var figure = 0; figure < figures.Length; figure++)
                {
                    var records = 0;
                    for (var i = 0; i < asOfDays.Count; i++)
                    {
                        records += change[figure, i];
                        rows[(group, i)].OnFile[(int)figures[figure]] = records;
                    }
                }
        }

        private async Task CountRevisionsAsync(CancellationToken cancellationToken)
        {
            var end = request.Period.EndUtc;
            var revisions = await db.RegistryRevisions.AsNoTracking().Where(request.OwnedInScope<RegistryRevision>())
                .Where(r => r.At >= start && r.At < end)
                .Select(r => new
                {
                    r.OwnerUnitId, r.At, r.Reason,
                    GridId = r.ResidentId != null ? r.Resident!.GridId
                        : r.HouseId != null ? r.House!.GridId
                        : r.RegisteredUnitId != null ? r.RegisteredUnit!.GridId
                        : (long?)r.StandardAddress!.GridId,
                })
                .Where(r => gridId == null || r.GridId == gridId)
                .GroupBy(r => new
                {
                    r.OwnerUnitId, r.GridId, r.Reason, Day = CountyCalendar.DayOf(r.At),
                })
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var (key, count) in revisions.Select(r => (r.Key, r.Count)))
            {
                if (table.At(key.Day, unit: key.OwnerUnitId, grid: key.GridId) is not { } row)
                    continue;
                row.Revisions += count;
                switch (key.Reason)
                {
                    case RevisionReason.Created: row.RecordsCreated += count; break;
                    case RevisionReason.Updated: row.RecordsUpdated += count; break;
                    case RevisionReason.Moved: row.RecordsMoved += count; break;
                    default: row.RecordsVerified += count; break;
                }
            }
        }
    }
}

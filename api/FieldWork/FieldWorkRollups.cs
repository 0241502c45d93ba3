using System.Runtime.CompilerServices;
using Gateway.Api.Data;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Api.FieldWork;

/// <summary>
/// Keeps <see cref="FieldWorkDayTotal"/> and <see cref="FieldWorkUnitTotal"/> equal to the active field work, in the
/// transaction of every save that adds, changes or deletes entries, whichever path makes it. Before the save it reads
/// each entry's contribution from the change tracker (the original values' taken out when they were active, the
/// current values' put in when they are), merged per total; after the save it applies the differences as atomic
/// increments (<c>INSERT … ON CONFLICT … DO UPDATE</c>, many totals a statement) and deletes the totals left with no
/// entries. A save that moves a branch of the tree recomputes the subtree totals of the units it left and joined. A
/// save with no transaction of its own (the seeder's, a test's) is given one, so entries and totals commit together or
/// not at all.
/// </summary>
public sealed class FieldWorkRollups : SaveChangesInterceptor
{
    /// <summary>Rows an upsert statement carries: well under SQLite's 32,766 parameters.</summary>
    private const int RowsPerStatement = 200;

    /// <summary>The key of a day total after its unit, in the order of its unique index.</summary>
    private static readonly string[] DayKey =
        [nameof(FieldWorkDayTotal.Day), nameof(FieldWorkDayTotal.GridKey), nameof(FieldWorkDayTotal.PersonId),
            nameof(FieldWorkDayTotal.Kind)];

    /// <summary>The key of a unit total after its unit, in the order of its unique index.</summary>
    private static readonly string[] UnitKey =
        [nameof(FieldWorkUnitTotal.Reach), nameof(FieldWorkUnitTotal.Grain), nameof(FieldWorkUnitTotal.Start),
            nameof(FieldWorkUnitTotal.Kind)];

    private static readonly string[] Measures =
        [nameof(FieldWorkDayTotal.Count), nameof(FieldWorkDayTotal.Entries), nameof(FieldWorkDayTotal.ResidentEntries)];

    private readonly ConditionalWeakTable<DbContext, PendingTotals> pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData,
        InterceptionResult<int> result)
    {
        Prepare(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ApplyAsync(eventData.Context!, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await ApplyAsync(eventData.Context!, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context!);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context!);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context!);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context!);
        return Task.CompletedTask;
    }

    private void Prepare(DbContext db)
    {
        var totals = new PendingTotals();
        foreach (var entry in db.ChangeTracker.Entries<FieldWorkEvent>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                totals.Add(Contribution.Of(entry.OriginalValues), -1);
            if (entry.State is EntityState.Added or EntityState.Modified)
                totals.Add(Contribution.Of(entry.CurrentValues), +1);
        }
        foreach (var entry in db.ChangeTracker.Entries<OrgUnit>().Where(e => e.State == EntityState.Modified))
        {
            var path = entry.Property(u => u.Path);
            if (path.OriginalValue == path.CurrentValue) continue;
            // The units above both places keep the branch in their subtree; those above only one gain or lose it.
            var left = Ancestors(path.OriginalValue).Select(a => a.Id).SkipLast(1).ToHashSet();
            var joined = Ancestors(path.CurrentValue).Select(a => a.Id).SkipLast(1).ToHashSet();
            left.SymmetricExceptWith(joined);
            totals.SubtreesToRecompute.UnionWith(left);
        }
        totals.DropUnchanged();
        if (totals.IsEmpty) return;
        if (db.Database.CurrentTransaction is null) totals.Opened = db.Database.BeginTransaction();
        pending.AddOrUpdate(db, totals);
    }

    private async Task ApplyAsync(DbContext db, CancellationToken cancellationToken)
    {
        // Totals of units above the caller's (subtree totals, a station's offices) are written as the system.
        using var acrossTenants = ((GatewayDbContext)db).LiftRowSecurity();
        if (!pending.TryGetValue(db, out var totals)) return;
        pending.Remove(db);
        try
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var days = new TotalsTable(db, sql, typeof(FieldWorkDayTotal), DayKey);
            var units = new TotalsTable(db, sql, typeof(FieldWorkUnitTotal), UnitKey);
            var dayChanges = totals.Days.Select(d => new TotalChange(d.Key.Unit, d.Value.Path,
                [d.Key.Day, d.Key.Grid, d.Key.Person, d.Key.Kind], d.Value.Measures)).ToList();
            var unitChanges = totals.Units.Select(u => new TotalChange(u.Key.Unit, u.Value.Path,
                [u.Key.Reach, u.Key.Grain, u.Key.Start, u.Key.Kind], u.Value.Measures)).ToList();
            await days.AddAsync(dayChanges, cancellationToken);
            await units.AddAsync(unitChanges, cancellationToken);
            // Only a total that lost entries can have none left.
            await days.DeleteEmptyAsync(dayChanges.Where(c => c.Measures.Entries < 0), cancellationToken);
            await units.DeleteEmptyAsync(unitChanges.Where(c => c.Measures.Entries < 0), cancellationToken);
            if (totals.SubtreesToRecompute.Count > 0)
            {
                var ids = totals.SubtreesToRecompute.Cast<object>().ToArray();
                var placeholders = Placeholders(0, ids.Length);
                await db.Database.ExecuteSqlRawAsync(FieldWorkRollupSql.DeleteSubtreeTotalsOf(placeholders), ids,
                    cancellationToken);
                await db.Database.ExecuteSqlRawAsync(
                    FieldWorkRollupSql.SubtreeFromOwn($"""u."Id" IN ({placeholders})"""), ids, cancellationToken);
            }
            if (totals.Opened is { } opened) await opened.CommitAsync(cancellationToken);
        }
        finally
        {
            if (totals.Opened is { } opened) await opened.DisposeAsync();
        }
    }

    private void Abandon(DbContext db)
    {
        if (!pending.TryGetValue(db, out var totals)) return;
        pending.Remove(db);
        // Disposing a transaction not committed rolls it back.
        totals.Opened?.Dispose();
    }

    /// <summary>A change of one total: its unit, the path to insert it under, the rest of its key, the
    /// measures to add.</summary>
    private sealed record TotalChange(long Unit, string Path, object[] Key, Totals Measures);

    /// <summary>
    /// One rollup table as the model maps it: identifiers come from the model, values are parameters converted as the
    /// model stores them (kinds by name). Statements carry <see cref="RowsPerStatement"/> totals each.
    /// </summary>
    private sealed class TotalsTable(DbContext db, ISqlGenerationHelper sql, Type totalType, string[] key)
    {
        private static readonly string[] Owner =
            [nameof(TenantOwnedEntity.OwnerUnitId), nameof(TenantOwnedEntity.OwnerPath)];

        private readonly IEntityType entity = db.Model.FindEntityType(totalType)!;

        private string Table => sql.DelimitIdentifier(entity.GetTableName()!);

        /// <summary>Adds each change's measures to its total, inserting the totals not there yet.</summary>
        public async Task AddAsync(IEnumerable<TotalChange> changes, CancellationToken cancellationToken)
        {
            string[] columns = [.. Owner, .. key, .. Measures];
            var increments = string.Join(", ",
                Measures.Select(m => $"{Column(m)} = {Table}.{Column(m)} + excluded.{Column(m)}"));
            foreach (var batch in changes.Chunk(RowsPerStatement))
            {
                var upsert = $"""
                    INSERT INTO {Table} ({string.Join(", ", columns.Select(Column))})
                    VALUES {Tuples(batch.Length, columns.Length)}
                    ON CONFLICT ({string.Join(", ", key.Prepend(Owner[0]).Select(Column))})
                    DO UPDATE SET {increments}
                    """;
                await db.Database.ExecuteSqlRawAsync(upsert, Values(columns, batch.SelectMany(c =>
                    new object[] { c.Unit, c.Path }.Concat(c.Key)
                        .Concat([c.Measures.Count, c.Measures.Entries, c.Measures.ResidentEntries]))),
                    cancellationToken);
            }
        }

        /// <summary>Deletes the totals among <paramref name="changes"/> that no active entry counts in any
        /// more.</summary>
        public async Task DeleteEmptyAsync(IEnumerable<TotalChange> changes, CancellationToken cancellationToken)
        {
            string[] columns = [Owner[0], .. key];
            foreach (var batch in changes.Chunk(RowsPerStatement))
            {
                var delete = $"""
                    DELETE FROM {Table}
                    WHERE {Column(nameof(FieldWorkDayTotal.Entries))} = 0
                        AND ({string.Join(", ", columns.Select(Column))}) IN
                            (VALUES {Tuples(batch.Length, columns.Length)})
                    """;
                await db.Database.ExecuteSqlRawAsync(delete,
                    Values(columns, batch.SelectMany(c => c.Key.Prepend(c.Unit))), cancellationToken);
            }
        }

        private string Column(string property) =>
            sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());

        private static string Tuples(int rows, int columns) => string.Join(", ", Enumerable.Range(0, rows)
            .Select(r => $"({Placeholders(r * columns, columns)})"));

        /// <summary>Row after row of values of <paramref name="columns"/>, as the model stores them.</summary>
        private object[] Values(string[] columns, IEnumerable<object> rows)
        {
            var properties = columns.Select(c => entity.FindProperty(c)!).ToArray();
            return [.. rows.Select((value, i) =>
                properties[i % properties.Length].GetTypeMapping().Converter is { } converter
                    ? converter.ConvertToProvider(value)! : value)];
        }
    }

    private static string Placeholders(int first, int count) =>
        string.Join(", ", Enumerable.Range(first, count).Select(i => $"{{{i}}}"));

    /// <summary>The units on a path (<c>/1/2/5/</c>: 1, 2 and 5), top first, each with its own path.</summary>
    internal static IEnumerable<(long Id, string Path)> Ancestors(string path)
    {
        var end = 0;
        while ((end = path.IndexOf('/', end + 1)) > 0)
        {
            var start = path.LastIndexOf('/', end - 1) + 1;
            // A unit being created carries a placeholder until the database gives it an id.
            if (long.TryParse(path.AsSpan(start, end - start), out var id)) yield return (id, path[..(end + 1)]);
        }
    }

    private readonly record struct Totals(int Count, int Entries, int ResidentEntries)
    {
        public Totals Plus(Totals other, int sign) => new(Count + sign * other.Count,
            Entries + sign * other.Entries, ResidentEntries + sign * other.ResidentEntries);

        public bool IsZero => Count == 0 && Entries == 0 && ResidentEntries == 0;
    }

    private readonly record struct DayTotalKey(long Unit, long Grid, long Person, FieldWorkKind Kind, DateOnly Day);

    private readonly record struct UnitTotalKey(long Unit, FieldWorkReach Reach, FieldWorkKind Kind,
        FieldWorkGrain Grain, DateOnly Start);

    /// <summary>A total's change, and the path of its unit to insert it under (where the unit stands after the
    /// save).</summary>
    private readonly record struct Change(string Path, Totals Measures);

    /// <summary>What one version of an entry adds to the totals: nothing unless it is active.</summary>
    private sealed record Contribution(long Unit, string Path, long Grid, long Person, FieldWorkKind Kind,
        DateOnly Day, Totals Measures)
    {
        public static Contribution? Of(PropertyValues values)
        {
            if (values.GetValue<FieldWorkStatus>(nameof(FieldWorkEvent.Status)) != FieldWorkStatus.Active) return null;
            return new(values.GetValue<long>(nameof(FieldWorkEvent.OwnerUnitId)),
                values.GetValue<string>(nameof(FieldWorkEvent.OwnerPath)),
                values.GetValue<long?>(nameof(FieldWorkEvent.GridId)) ?? FieldWorkDayTotal.NoGrid,
                values.GetValue<long>(nameof(FieldWorkEvent.PersonId)),
                values.GetValue<FieldWorkKind>(nameof(FieldWorkEvent.Kind)),
                CountyCalendar.DayOf(values.GetValue<DateTime>(nameof(FieldWorkEvent.OccurredAt))),
                new(values.GetValue<int>(nameof(FieldWorkEvent.Count)), 1,
                    values.GetValue<long?>(nameof(FieldWorkEvent.ResidentId)) is null ? 0 : 1));
        }
    }

    private sealed class PendingTotals
    {
        public Dictionary<DayTotalKey, Change> Days { get; } = [];
        public Dictionary<UnitTotalKey, Change> Units { get; } = [];
        public HashSet<long> SubtreesToRecompute { get; } = [];
        public IDbContextTransaction? Opened { get; set; }

        public bool IsEmpty => Days.Count == 0 && Units.Count == 0 && SubtreesToRecompute.Count == 0;

        /// <summary>An entry's contribution to its day total, its unit's own day and month totals, and the subtree
        /// day and month totals of its unit and every unit above it.</summary>
        public void Add(Contribution? c, int sign)
        {
            if (c is null) return;
            Merge(Days, new(c.Unit, c.Grid, c.Person, c.Kind, c.Day), c.Path, c.Measures, sign);
            var month = new DateOnly(c.Day.Year, c.Day.Month, 1);
            foreach (var (grain, start) in new[] { (FieldWorkGrain.Day, c.Day), (FieldWorkGrain.Month, month) })
            {
                Merge(Units, new(c.Unit, FieldWorkReach.Own, c.Kind, grain, start), c.Path, c.Measures, sign);
                foreach (var (unit, path) in Ancestors(c.Path))
                    Merge(Units, new(unit, FieldWorkReach.Subtree, c.Kind, grain, start), path, c.Measures, sign);
            }
        }

        public void DropUnchanged()
        {
            foreach (var key in Days.Where(d => d.Value.Measures.IsZero).Select(d => d.Key).ToList()) Days.Remove(key);
            foreach (var key in Units.Where(u => u.Value.Measures.IsZero).Select(u => u.Key).ToList())
                Units.Remove(key);
        }

        /// <summary>Adds a contribution to its total's change; the path put in wins over the one taken out.</summary>
        private static void Merge<TKey>(Dictionary<TKey, Change> changes, TKey key, string path, Totals measures,
            int sign) where TKey : notnull =>
            changes[key] = changes.TryGetValue(key, out var change)
                ? new(sign > 0 ? path : change.Path, change.Measures.Plus(measures, sign))
                : new(path, default(Totals).Plus(measures, sign));
    }
}

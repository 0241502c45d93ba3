using System.Runtime.CompilerServices;
using Gateway.Api.Data;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
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

    private static readonly string[] DayKey =
        [nameof(FieldWorkDayTotal.GridKey), nameof(FieldWorkDayTotal.PersonId), nameof(FieldWorkDayTotal.Kind),
            nameof(FieldWorkDayTotal.Day)];

    private static readonly string[] UnitKey =
        [nameof(FieldWorkUnitTotal.Reach), nameof(FieldWorkUnitTotal.Kind), nameof(FieldWorkUnitTotal.Grain),
            nameof(FieldWorkUnitTotal.Start)];

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
        if (!pending.TryGetValue(db, out var totals)) return;
        pending.Remove(db);
        try
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            await UpsertAsync(db, sql, typeof(FieldWorkDayTotal), DayKey,
                totals.Days.Select(d => (d.Key.Unit, d.Value.Path,
                    new object[] { d.Key.Grid, d.Key.Person, d.Key.Kind, d.Key.Day }, d.Value.Measures)),
                cancellationToken);
            await UpsertAsync(db, sql, typeof(FieldWorkUnitTotal), UnitKey,
                totals.Units.Select(u => (u.Key.Unit, u.Value.Path,
                    new object[] { u.Key.Reach, u.Key.Kind, u.Key.Grain, u.Key.Start }, u.Value.Measures)),
                cancellationToken);
            await DeleteEmptyAsync(db, sql, typeof(FieldWorkDayTotal),
                [.. totals.Days.Keys.Select(k => k.Unit).Distinct()], cancellationToken);
            await DeleteEmptyAsync(db, sql, typeof(FieldWorkUnitTotal),
                [.. totals.Units.Keys.Select(k => k.Unit).Distinct()], cancellationToken);
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

    /// <summary>
    /// Adds each row's measures to its total, inserting the totals not there yet: one statement per
    /// <see cref="RowsPerStatement"/> rows. Identifiers come from the model, values are parameters converted as the
    /// model stores them (kinds by name).
    /// </summary>
    private static async Task UpsertAsync(DbContext db, ISqlGenerationHelper sql, Type totalType, string[] key,
        IEnumerable<(long Unit, string Path, object[] Key, Totals Measures)> rows, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(totalType)!;
        var table = sql.DelimitIdentifier(entity.GetTableName()!);
        string[] owner = [nameof(TenantOwnedEntity.OwnerUnitId), nameof(TenantOwnedEntity.OwnerPath)];
        var properties = owner.Concat(key).Concat(Measures).Select(p => entity.FindProperty(p)!).ToList();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
        var conflict = string.Join(", ", key.Prepend(owner[0]).Select(Column));
        var increments = string.Join(", ",
            Measures.Select(m => $"{Column(m)} = {table}.{Column(m)} + excluded.{Column(m)}"));
        foreach (var batch in rows.Chunk(RowsPerStatement))
        {
            var values = batch.SelectMany(row =>
                new object[] { row.Unit, row.Path }.Concat(row.Key)
                    .Concat([row.Measures.Count, row.Measures.Entries, row.Measures.ResidentEntries]))
                .Select((value, i) => properties[i % properties.Count].GetTypeMapping().Converter is { } converter
                    ? converter.ConvertToProvider(value)! : value)
                .ToArray();
            var tuples = string.Join(", ", Enumerable.Range(0, batch.Length)
                .Select(r => $"({Placeholders(r * properties.Count, properties.Count)})"));
            var upsert = $"""
                INSERT INTO {table} ({string.Join(", ", properties.Select(p => Column(p.Name)))})
                VALUES {tuples}
                ON CONFLICT ({conflict}) DO UPDATE SET {increments}
                """;
            await db.Database.ExecuteSqlRawAsync(upsert, values, cancellationToken);
        }
    }

    /// <summary>Deletes the totals of <paramref name="units"/> that no active entry counts in any more.</summary>
    private static async Task DeleteEmptyAsync(DbContext db, ISqlGenerationHelper sql, Type totalType,
        IReadOnlyList<object> units, CancellationToken cancellationToken)
    {
        if (units.Count == 0) return;
        var entity = db.Model.FindEntityType(totalType)!;
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
        var delete = $"""
            DELETE FROM {sql.DelimitIdentifier(entity.GetTableName()!)}
            WHERE {Column(nameof(FieldWorkDayTotal.Entries))} = 0
                AND {Column(nameof(TenantOwnedEntity.OwnerUnitId))} IN ({Placeholders(0, units.Count)})
            """;
        await db.Database.ExecuteSqlRawAsync(delete, units, cancellationToken);
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

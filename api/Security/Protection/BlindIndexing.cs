using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Api.Security.Protection;

/// <summary>
/// Keeps every <see cref="BlindIndexOfAttribute"/> column equal to the index of its source: on every save of an added
/// or changed row, and once at start-up for rows stored before the column existed (their index is empty, and the
/// migration cannot compute it: the key is not in the database).
/// </summary>
public sealed class BlindIndexing(BlindIndex index) : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<Type, (string Index, string Source)[]> Columns = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData,
        InterceptionResult<int> result)
    {
        Fill(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fill(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    private void Fill(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var (indexColumn, source) in ColumnsOf(entry.Metadata.ClrType))
            {
                var value = entry.Property(source).CurrentValue is string text ? index.Of(text) : null;
                var indexProperty = entry.Property(indexColumn);
                if (!Equals(indexProperty.CurrentValue, value)) indexProperty.CurrentValue = value;
            }
        }
    }

    /// <summary>Fills the index of every stored row whose index is empty; run by the system at start-up. Each row is
    /// updated alone, so neither its version nor anything else about it changes.</summary>
    public async Task FillMissingAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var entity in db.Model.GetEntityTypes().Select(t => t.ClrType).Distinct())
            foreach (var (indexColumn, source) in ColumnsOf(entity))
                await (Task)typeof(BlindIndexing).GetMethod(nameof(FillMissingOfAsync),
                        BindingFlags.NonPublic | BindingFlags.Instance)!
                    .MakeGenericMethod(entity).Invoke(this, [db, indexColumn, source, cancellationToken])!;
    }

    private async Task FillMissingOfAsync<T>(DbContext db, string indexColumn, string source,
        CancellationToken cancellationToken) where T : class
    {
        var missing = await db.Set<T>().AsNoTracking()
            .Where(row => EF.Property<string?>(row, indexColumn) == null)
            .Select(row => new { Id = EF.Property<long>(row, "Id"), Value = EF.Property<string?>(row, source) })
            .ToListAsync(cancellationToken);
        foreach (var row in missing.Where(r => r.Value is not null))
        {
            var value = index.Of(row.Value!);
            await db.Set<T>().Where(r => EF.Property<long>(r, "Id") == row.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => EF.Property<string?>(r, indexColumn), value),
                    cancellationToken);
        }
    }

    private static (string Index, string Source)[] ColumnsOf(Type entity) => Columns.GetOrAdd(entity, type =>
        [.. type.GetProperties()
            .Select(p => (Property: p, Of: p.GetCustomAttribute<BlindIndexOfAttribute>()))
            .Where(p => p.Of is not null)
            .Select(p => (p.Property.Name, p.Of!.Source))]);
}

using System.Collections.Concurrent;
using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gateway.Api.Tenancy;

/// <summary>
/// The one place writes are checked: a row may only be created in, moved to, changed or deleted inside the caller's
/// scope, every foreign key it sets must point at a row the caller's scope owns (reading a row is not enough) or a row
/// a unit above shares downwards, rows written by the system are written by it alone, rows kept by the top of the tree
/// by a caller there, and append-only rows stay as written. What applies to a type is its
/// <see cref="TenantOwnership"/>.
/// </summary>
internal sealed class TenantWriteGuard(GatewayDbContext db)
{
    private static readonly ConcurrentDictionary<Type, IOwnedIds> OwnedIdQueries = new();

    /// <summary>What a set of ids is checked for: rows changed or deleted must be owned in scope; rows pointed at may
    /// also be shared downwards by a unit above.</summary>
    private enum Use { Changed, PointedAt }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var scope = db.Scope;
        // Accounts and token stores are written by sign-in before any scope exists; they are not tenant rows.
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Ownership: TenantOwnership.Of(e.Metadata.ClrType)))
            .Where(e => e.Ownership.IsGuarded).ToList();
        if (entries.Count == 0) return;
        if (!scope.IsSet) throw new TenantAccessDeniedException();

        var referenced = new Dictionary<(Type, Use), HashSet<long>>();
        // Looked up once: a change moving a grid's records touches thousands of rows, each pointing at several.
        var added = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Metadata.FindProperty(nameof(Entity.Id)) is not null
                && e.Property(nameof(Entity.Id)).CurrentValue is long)
            .Select(e => (e.Metadata.ClrType, (long)e.Property(nameof(Entity.Id)).CurrentValue!)).ToHashSet();
        foreach (var (entry, ownership) in entries)
        {
            if (ownership.AppendOnly && entry.State != EntityState.Added)
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} rows are append-only.");
            if (ownership.WrittenBySystem && !scope.IsSystem) throw new TenantAccessDeniedException();
            if (ownership.KeptByTopOfTree && !scope.IsTopOfTree) throw new TenantAccessDeniedException();
            if (scope.IsSystem) continue;
            // A changed or deleted row is judged as stored, not by the owner a hand-attached copy claims.
            if (entry.State != EntityState.Added)
                Collect(referenced, (entry.Metadata.ClrType, Use.Changed),
                    (long)entry.Property(nameof(Entity.Id)).CurrentValue!);
            if (ownership.PathProperty is { } pathProperty)
            {
                var path = entry.Property(pathProperty);
                if (!scope.Covers((string)path.CurrentValue!)) throw new TenantAccessDeniedException();
                if (entry.State != EntityState.Added && !scope.Covers((string)path.OriginalValue!))
                    throw new TenantAccessDeniedException();
            }
            if (entry.State != EntityState.Deleted) CollectReferences(entry, referenced, added);
        }

        foreach (var ((principal, use), ids) in referenced)
        {
            var query = OwnedIdQueries.GetOrAdd(principal,
                type => (IOwnedIds)Activator.CreateInstance(typeof(OwnedIds<>).MakeGenericType(type))!);
            if (await query.CountAsync(db, ids, use == Use.PointedAt, cancellationToken) != ids.Count)
                throw new TenantAccessDeniedException();
        }
    }

    /// <summary>
    /// Foreign keys this change sets that point at tenant-owned rows (rows added in the same change are checked as
    /// themselves).
    /// </summary>
    private static void CollectReferences(EntityEntry entry, Dictionary<(Type, Use), HashSet<long>> referenced,
        HashSet<(Type, long)> added)
    {
        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            var principal = foreignKey.PrincipalEntityType.ClrType;
            if (!TenantOwnership.Of(principal).IsTenantOwned) continue;
            var property = entry.Property(foreignKey.Properties[0].Name);
            if (entry.State == EntityState.Modified && !property.IsModified) continue;
            if (property.CurrentValue is not long id || added.Contains((principal, id))) continue;
            Collect(referenced, (principal, Use.PointedAt), id);
        }
    }

    private static void Collect(Dictionary<(Type, Use), HashSet<long>> referenced, (Type, Use) key, long id)
    {
        if (!referenced.TryGetValue(key, out var ids)) referenced[key] = ids = [];
        ids.Add(id);
    }

    /// <summary>How many of the ids name rows of one type that the caller's scope owns as stored, or, for rows
    /// pointed at, that a unit above the caller shares downwards.</summary>
    private interface IOwnedIds
    {
        Task<int> CountAsync(GatewayDbContext db, HashSet<long> ids, bool pointedAt,
            CancellationToken cancellationToken);
    }

    private sealed class OwnedIds<T> : IOwnedIds where T : Entity
    {
        public async Task<int> CountAsync(GatewayDbContext db, HashSet<long> ids, bool pointedAt,
            CancellationToken cancellationToken)
        {
            var ownership = TenantOwnership.Of(typeof(T));
            if (ownership.PathProperty is not { } pathProperty)
                return await db.Set<T>().CountAsync(e => ids.Contains(e.Id), cancellationToken);
            // Through the row filters (a row out of reach is not there at all), then by the stored owner: a row the
            // caller only reads through one of its own rows (AlsoReadThrough) is not theirs to change or point at. A
            // row shared downwards is theirs to point at, never to change: a hand-attached copy claiming the caller's
            // unit is judged by the owner stored.
            var paths = await db.Set<T>().Where(e => ids.Contains(e.Id))
                .Select(e => EF.Property<string>(e, pathProperty)).ToListAsync(cancellationToken);
            return paths.Count(path => db.Scope.Covers(path)
                || (pointedAt && ownership.SharedWith(db.Scope.UnitPath, path)));
        }
    }
}

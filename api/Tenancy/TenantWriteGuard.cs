using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gateway.Api.Tenancy;

/// <summary>
/// The one place writes are checked: a row may only be created in, moved to, changed or deleted inside the caller's
/// scope, every foreign key it sets must point at a row the caller can see, and audit records are append-only.
/// </summary>
internal sealed class TenantWriteGuard(GatewayDbContext db)
{
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var scope = db.Scope;
        // Accounts and token stores are written by sign-in before any scope exists; they are not tenant rows.
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is TenantOwnedEntity or OrgUnit or AuditRecord or ExternalOrganisation).ToList();
        if (entries.Count == 0) return;
        if (!scope.IsSet) throw new TenantAccessDeniedException();

        var referenced = new Dictionary<Type, HashSet<long>>();
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditRecord && entry.State != EntityState.Added)
                throw new InvalidOperationException("Audit records are append-only.");
            // Only the audit writer, in its own system scope, appends to the trail; shared reference data belongs to no tenant.
            if (entry.Entity is AuditRecord or ExternalOrganisation && !scope.IsSystem) throw new TenantAccessDeniedException();
            if (entry.Entity is ExternalOrganisation) continue;
            // A changed or deleted row is judged as stored, not by the owner a hand-attached copy claims.
            if (entry.State != EntityState.Added && !scope.IsSystem)
                Collect(referenced, entry.Metadata.ClrType, (long)entry.Property(nameof(Entity.Id)).CurrentValue!);
            if (OwnerPath(entry, current: true) is { } path && !scope.Covers(path)) throw new TenantAccessDeniedException();
            if (entry.State != EntityState.Added && OwnerPath(entry, current: false) is { } was && !scope.Covers(was))
                throw new TenantAccessDeniedException();
            if (entry.State != EntityState.Deleted && !scope.IsSystem) CollectReferences(entry, referenced);
        }

        foreach (var (principal, ids) in referenced)
        {
            var visible = await VisibleIdsAsync(principal, ids, cancellationToken);
            if (visible.Count != ids.Count) throw new TenantAccessDeniedException();
        }
    }

    private static string? OwnerPath(EntityEntry entry, bool current) => entry.Entity switch
    {
        TenantOwnedEntity => (string?)(current ? entry.Property(nameof(TenantOwnedEntity.OwnerPath)).CurrentValue : entry.Property(nameof(TenantOwnedEntity.OwnerPath)).OriginalValue),
        OrgUnit => (string?)(current ? entry.Property(nameof(OrgUnit.Path)).CurrentValue : entry.Property(nameof(OrgUnit.Path)).OriginalValue),
        _ => null,
    };

    /// <summary>Foreign keys this change sets that point at tenant-owned rows (rows added in the same change are checked as themselves).</summary>
    private void CollectReferences(EntityEntry entry, Dictionary<Type, HashSet<long>> referenced)
    {
        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            var principal = foreignKey.PrincipalEntityType.ClrType;
            if (!typeof(TenantOwnedEntity).IsAssignableFrom(principal) && principal != typeof(OrgUnit)) continue;
            var property = entry.Property(foreignKey.Properties[0].Name);
            if (entry.State == EntityState.Modified && !property.IsModified) continue;
            if (property.CurrentValue is not long id || IsAddedInThisChange(principal, id)) continue;
            Collect(referenced, principal, id);
        }
    }

    private static void Collect(Dictionary<Type, HashSet<long>> referenced, Type entity, long id)
    {
        if (!referenced.TryGetValue(entity, out var ids)) referenced[entity] = ids = [];
        ids.Add(id);
    }

    private bool IsAddedInThisChange(Type principal, long id) =>
        db.ChangeTracker.Entries().Any(e => e.State == EntityState.Added && e.Metadata.ClrType == principal && e.Property(nameof(Entity.Id)).CurrentValue is long key && key == id);

    private Task<List<long>> VisibleIdsAsync(Type principal, HashSet<long> ids, CancellationToken cancellationToken) =>
        (Task<List<long>>)typeof(TenantWriteGuard).GetMethod(nameof(VisibleIdsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(principal).Invoke(this, [ids, cancellationToken])!;

    private Task<List<long>> VisibleIdsOfAsync<T>(HashSet<long> ids, CancellationToken cancellationToken) where T : Entity =>
        db.Set<T>().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
}

using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Grids;
using Gateway.Api.Security.Protection;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gateway.Api.Registry;

/// <summary>
/// The one way registry writes are recorded: after a command has made its change, every standard address, resident,
/// house and unit it added or changed gets a <see cref="RegistryRevision"/> read off the change tracker (what changed,
/// from what to what; sensitive fields named without values). A resident created or updated through the API also
/// counts as a population record (人口信息录入) of the caller's person, so the entry is never typed in twice.
/// </summary>
internal sealed class RegistryRevisions(TimeProvider clock)
{
    /// <summary>Bookkeeping every write touches; never listed as a change.</summary>
    private static readonly HashSet<string> Bookkeeping =
    [
        nameof(Entity.Id), nameof(IVersioned.Version), nameof(TenantOwnedEntity.OwnerUnitId),
        nameof(TenantOwnedEntity.OwnerPath), nameof(IRegistryRecord.RecordedAt), nameof(IRegistryRecord.UpdatedAt),
        nameof(IRegistryRecord.LastVerifiedAt),
    ];

    /// <summary><paramref name="command"/>, recording its change as revisions for <paramref name="reason"/>; with
    /// <paramref name="entersPopulationRecords"/>, deriving a population record per resident written.</summary>
    public MutationCommand<TInput, TResult> Revised<TInput, TResult>(RevisionReason reason,
        MutationCommand<TInput, TResult> command, bool entersPopulationRecords = false)
        where TResult : class, IIdentified => command with
    {
        Execute = async (input, context, cancellationToken) =>
        {
            var result = await command.Execute(input, context, cancellationToken);
            if (result is null || context.IsRefused) return result;
            var at = clock.GetUtcNow().UtcDateTime;
            var written = Record(context.Db, reason, context.Caller.Actor, at);
            if (entersPopulationRecords)
                await EnterPopulationRecordsAsync(context, written.OfType<Resident>().ToList(), at, cancellationToken);
            return result;
        },
    };

    /// <summary>Adds a revision for every registry record added or changed in <paramref name="db"/>'s change tracker;
    /// the records written.</summary>
    public static IReadOnlyList<object> Record(DbContext db, RevisionReason reason, string recordedBy, DateTime at)
    {
        var written = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && KindOf(e.Entity) is not null)
            .ToList();
        foreach (var entry in written) db.Add(RevisionOf(entry, reason, recordedBy, at));
        return [.. written.Select(e => e.Entity)];
    }

    /// <summary>The revision of one record's write, as the tracker holds it before the save.</summary>
    public static RegistryRevision RevisionOf(EntityEntry entry, RevisionReason reason, string recordedBy,
        DateTime at)
    {
        var record = (TenantOwnedEntity)entry.Entity;
        var created = entry.State == EntityState.Added;
        var revision = new RegistryRevision
        {
            OwnerUnitId = record.OwnerUnitId,
            OwnerUnit = record.OwnerUnit,
            RecordKind = KindOf(record)!.Value,
            // The version the save leaves the record at, plus one: 1 for the creation.
            Number = ((IVersioned)record).Version + (created ? 1 : 2),
            Reason = reason,
            ChangesJson = JsonSerializer.Serialize(ChangesOf(entry, created)),
            RecordedBy = recordedBy,
            At = at,
        };
        switch (record)
        {
            case StandardAddress address: revision.StandardAddress = address; break;
            case Resident resident: revision.Resident = resident; break;
            case House house: revision.House = house; break;
            case RegisteredUnit unit: revision.RegisteredUnit = unit; break;
        }
        return revision;
    }

    private static RegistryRecordKind? KindOf(object entity) => entity switch
    {
        StandardAddress => RegistryRecordKind.StandardAddress,
        Resident => RegistryRecordKind.Resident,
        House => RegistryRecordKind.House,
        RegisteredUnit => RegistryRecordKind.RegisteredUnit,
        _ => null,
    };

    private static List<RegistryFieldChange> ChangesOf(EntityEntry entry, bool created)
    {
        var changes = new List<RegistryFieldChange>();
        foreach (var property in entry.Properties)
        {
            var info = property.Metadata.PropertyInfo;
            if (info is null || Bookkeeping.Contains(info.Name) || info.IsDefined(typeof(BlindIndexOfAttribute)))
                continue;
            var (before, after) = (created ? null : property.OriginalValue, property.CurrentValue);
            if (Equals(before, after) || (created && after is null or false)) continue;
            var sensitive = info.IsDefined(typeof(SensitiveAttribute));
            changes.Add(sensitive
                ? new RegistryFieldChange(info.Name.ToCamelCase(), null, null, Sensitive: true)
                : new RegistryFieldChange(info.Name.ToCamelCase(), Text(property, before), Text(property, after),
                    Sensitive: false));
        }
        return changes;
    }

    /// <summary>A value as the schema shows it: enums by their GraphQL names, instants in ISO 8601, ids as global
    /// ids.</summary>
    private static string? Text(PropertyEntry property, object? value) => value switch
    {
        null => null,
        Enum member => member.ToString().ToConstantCase(),
        DateTime instant => instant.ToString("O", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        long id when property.Metadata.GetContainingForeignKeys().FirstOrDefault() is { } foreignKey =>
            GlobalId.Encode(foreignKey.PrincipalEntityType.ClrType.Name, id),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// One population record per resident written, by the caller's person, in the resident's grid and office. A
    /// machine client, or an account naming no person on a file in the caller's scope, enters none: there is nobody
    /// whose quota it would count for.
    /// </summary>
    private static async Task EnterPopulationRecordsAsync(MutationContext context, IReadOnlyList<Resident> residents,
        DateTime at, CancellationToken cancellationToken)
    {
        if (residents.Count == 0 || context.Caller.PersonId is not { } personId) return;
        var personPath = await context.Db.People.Where(p => p.Id == personId).Select(p => p.OwnerPath)
            .FirstOrDefaultAsync(cancellationToken);
        if (personPath is null || !context.Caller.Covers(personPath)) return;
        // A new resident's id is the database's to give.
        await context.SaveAsync(cancellationToken);
        foreach (var resident in residents)
            context.Db.Add(new FieldWorkEvent
            {
                OwnerUnitId = resident.OwnerUnitId, PersonId = personId, ResidentId = resident.Id,
                GridId = resident.GridId, Kind = FieldWorkKind.PopulationRecordEntry, OccurredAt = at, Count = 1,
            }.Received(context, at));
    }
}

using System.Reflection;
using Gateway.Api.Data;
using Gateway.Api.Security.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Api.DemoData;

/// <summary>
/// Writes the demo's bulk rows (registry records, their revisions, field work) straight through the seeding
/// transaction with one prepared INSERT per table: the change tracker costs about half a millisecond a row, which for
/// the county's tens of thousands of rows would make the first start last half a minute. Each value goes through the
/// model's own type mapping (so sensitive columns are encrypted, instants stored as UTC, enums as the model stores
/// them); what a save would add is added here: the id, the foreign keys of the navigations set, the owner's path and
/// the blind indexes.
/// </summary>
internal sealed class DemoRows(GatewayDbContext db, BlindIndex blindIndex)
{
    public void Insert<T>(IReadOnlyCollection<T> rows) where T : Entity
    {
        if (rows.Count == 0) return;
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        if (properties.FirstOrDefault(p => p.PropertyInfo is null) is { } shadow)
            throw new NotSupportedException($"{typeof(T).Name}.{shadow.Name} is a shadow property.");

        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table.Name}\"";
        var nextId = Convert.ToInt64(command.ExecuteScalar()) + 1;

        var parameters = properties.Select((p, i) => (Property: p, Parameter: ((RelationalTypeMapping)
            p.GetRelationalTypeMapping()).CreateParameter(command, $"@p{i}", null, p.IsNullable))).ToList();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ("
            + string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\"")) + ") VALUES ("
            + string.Join(", ", parameters.Select(p => p.Parameter.ParameterName)) + ")";
        command.Parameters.AddRange(parameters.Select(p => p.Parameter).ToArray());
        command.Prepare();

        var foreignKeys = ForeignKeysOf(entityType);
        var blindIndexes = BlindIndexesOf(typeof(T));
        foreach (var row in rows)
        {
            row.Id = nextId++;
            foreach (var (navigation, key) in foreignKeys)
                if (navigation.GetValue(row) is Entity principal) key.SetValue(row, principal.Id);
            if (row is TenantOwnedEntity owned)
                owned.OwnerPath = owned.OwnerUnit?.Path
                    ?? throw new InvalidOperationException($"A demo {typeof(T).Name} names no owner unit.");
            foreach (var (index, source) in blindIndexes)
                index.SetValue(row, source.GetValue(row) is string value ? blindIndex.Of(value) : null);
            foreach (var (property, parameter) in parameters)
                parameter.Value = ProviderValue(property, property.PropertyInfo!.GetValue(row));
            command.ExecuteNonQuery();
        }
        // PostgreSQL's identity sequence does not see ids written by hand; the seed's later saves take it from here.
        if (db.Database.IsNpgsql())
        {
            command.Parameters.Clear();
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', 'Id'), {nextId}, false)";
            command.ExecuteScalar();
        }
    }

    private static object ProviderValue(IProperty property, object? value)
    {
        var converter = property.GetTypeMapping().Converter;
        return (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
    }

    /// <summary>The navigations to a principal row and the key property each sets.</summary>
    private static List<(PropertyInfo Navigation, PropertyInfo Key)> ForeignKeysOf(IEntityType entityType) =>
        [.. entityType.GetForeignKeys()
            .Where(k => k.DependentToPrincipal?.PropertyInfo is not null && k.Properties.Count == 1)
            .Select(k => (k.DependentToPrincipal!.PropertyInfo!, k.Properties[0].PropertyInfo!))];

    private static List<(PropertyInfo Index, PropertyInfo Source)> BlindIndexesOf(Type type) =>
        [.. type.GetProperties()
            .Select(p => (Index: p, Of: p.GetCustomAttribute<BlindIndexOfAttribute>()))
            .Where(p => p.Of is not null)
            .Select(p => (p.Index, type.GetProperty(p.Of!.Source)!))];
}

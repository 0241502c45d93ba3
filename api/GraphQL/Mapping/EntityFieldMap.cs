using System.Collections.Concurrent;
using System.Reflection;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mapping;

/// <summary>
/// Which fields of an entity graph type can be filtered and sorted, and how each maps onto the entity: a column
/// (a property shown by a field of the same or a declared name), or a relation. Sensitive (encrypted) columns and
/// computed fields are left out, so a masked value can never be probed through a filter.
/// </summary>
public sealed class EntityFieldMap
{
    private static readonly ConcurrentDictionary<Type, EntityFieldMap> Maps = new();

    private EntityFieldMap(Type graphType)
    {
        var prototype = (IComplexGraphType)Activator.CreateInstance(graphType)!;
        GraphTypeName = prototype.Name;
        EntityType = graphType.BaseType!.GetGenericArguments()[0];
        Permission = prototype.GetRequiredPermission();
        foreach (var field in prototype.Fields)
        {
            if (Relation.Of(field) is { } relation)
            {
                Relations[field.Name] = (relation, field.GetRequiredPermission());
                Reads[field.Name] =
                    [relation.Kind == RelationKind.ToOne ? relation.ForeignKeyName : nameof(Data.Entity.Id)];
                continue;
            }
            var property = field.Name == "id" ? EntityType.GetProperty(nameof(Data.Entity.Id))
                : EntityType.GetProperty(ColumnMetadata.ColumnOf(field) ?? field.Name,
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            var declared = ColumnMetadata.ReadsOf(field);
            Reads[field.Name] = property is null && declared is null
                ? null
                : [.. declared ?? [], .. property is null ? [] : new[] { property.Name }];
            if (field.Name == "id") continue; // filtered by global id, see WhereBuilder
            if (property is null || property.IsDefined(typeof(SensitiveAttribute)) || !IsScalar(property.PropertyType))
                continue;
            Columns[field.Name] = new Column(property, field.GetRequiredPermission(), IsNullable(property));
        }
    }

    public static EntityFieldMap For(Type graphType) => Maps.GetOrAdd(graphType, type => new EntityFieldMap(type));

    public string GraphTypeName { get; }
    public Type EntityType { get; }
    public string? Permission { get; }
    /// <summary>By field name; the schema camel-cases names after the types are built, so lookups ignore
    /// case.</summary>
    public Dictionary<string, Column> Columns { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, (Relation Relation, string? Permission)> Relations { get; } =
        new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The entity properties each field's resolver reads; null where unknown, so a query selecting it reads
    /// whole rows.</summary>
    public Dictionary<string, string[]?> Reads { get; } = new(StringComparer.OrdinalIgnoreCase);

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateOnly);
    }

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType
            && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable);
}

/// <summary>A filterable, sortable column: the property it reads, the permission the field declares, and whether it can
/// be empty.</summary>
public sealed record Column(PropertyInfo Property, string? Permission, bool Nullable);

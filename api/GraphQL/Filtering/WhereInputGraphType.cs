using Gateway.Api.GraphQL.Mapping;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Filtering;

/// <summary>
/// The <c>where</c> argument of a connection over <typeparamref name="TNodeType"/>, generated from its fields:
/// a condition per column, nested conditions through to-one relations, some/none/all over to-many relations,
/// and and/or/not.
/// </summary>
public sealed class WhereInputGraphType<TNodeType> : InputObjectGraphType where TNodeType : IComplexGraphType
{
    public WhereInputGraphType()
    {
        var map = EntityFieldMap.For(typeof(TNodeType));
        Name = map.GraphTypeName + "Where";
        Description = $"Conditions on {map.GraphTypeName} rows; all given must hold. "
            + "Only fields the caller may read can be used.";
        Field<IdFilterInputType>("id").Description("Conditions on the global id.");
        foreach (var (name, (property, _, _)) in map.Columns)
            Field(name, ScalarFilterTypes.For(property.PropertyType))
                .Description($"Conditions on `{name.ToCamelCase()}`.");
        foreach (var (name, (relation, _)) in map.Relations)
        {
            var type = relation.Kind == RelationKind.ToOne
                ? typeof(WhereInputGraphType<>).MakeGenericType(relation.TargetGraphType)
                : typeof(ListWhereInputGraphType<>).MakeGenericType(relation.TargetGraphType);
            Field(name, type).Description(relation.Kind == RelationKind.ToOne
                ? $"Conditions on the related `{name.ToCamelCase()}`; rows without one, "
                    + "or with one outside the caller's scope, do not match."
                : $"Conditions on the related `{name.ToCamelCase()}` rows within the caller's scope.");
        }
        Field<ListGraphType<NonNullGraphType<WhereInputGraphType<TNodeType>>>>("and")
            .Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<WhereInputGraphType<TNodeType>>>>("or")
            .Description("At least one of these holds.");
        Field<WhereInputGraphType<TNodeType>>("not").Description("This does not hold.");
    }
}

/// <summary>Conditions over a to-many relation.</summary>
public sealed class ListWhereInputGraphType<TNodeType> : InputObjectGraphType where TNodeType : IComplexGraphType
{
    public ListWhereInputGraphType()
    {
        var name = EntityFieldMap.For(typeof(TNodeType)).GraphTypeName;
        Name = name + "ListWhere";
        Description = $"Conditions over related {name} rows (only those within the caller's scope count).";
        Field<WhereInputGraphType<TNodeType>>("some").Description("At least one related row matches.");
        Field<WhereInputGraphType<TNodeType>>("none").Description("No related row matches.");
        Field<WhereInputGraphType<TNodeType>>("all")
            .Description("Every related row matches (true when there are none).");
    }
}

internal static class ScalarFilterTypes
{
    public static Type For(Type propertyType)
    {
        var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        if (type.IsEnum) return typeof(EnumFilterInputType<>).MakeGenericType(type);
        return type switch
        {
            _ when type == typeof(string) => typeof(StringFilterInputType),
            _ when type == typeof(bool) => typeof(BooleanFilterInputType),
            _ when type == typeof(int) => typeof(ComparableFilterInputType<IntGraphType>),
            _ when type == typeof(long) => typeof(ComparableFilterInputType<LongGraphType>),
            _ when type == typeof(decimal) => typeof(ComparableFilterInputType<DecimalGraphType>),
            _ when type == typeof(DateTime) => typeof(ComparableFilterInputType<DateTimeGraphType>),
            _ when type == typeof(DateOnly) => typeof(ComparableFilterInputType<DateOnlyGraphType>),
            _ => throw new NotSupportedException($"No filter for {type.Name} columns."),
        };
    }
}

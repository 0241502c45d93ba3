using Gateway.Api.GraphQL.Filtering;
using Gateway.Api.GraphQL.Mapping;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Paging;

/// <summary>One key of the <c>order</c> argument of a connection over <typeparamref name="TNodeType"/>: name exactly
/// one field.</summary>
public sealed class OrderInputGraphType<TNodeType> : InputObjectGraphType where TNodeType : IComplexGraphType
{
    public OrderInputGraphType()
    {
        var map = EntityFieldMap.For(typeof(TNodeType));
        Name = map.GraphTypeName + "Order";
        Description = $"A sort key for {map.GraphTypeName} rows: set exactly one field. Keys apply in list order, "
            + "rows without a value come last, "
            + "and the id breaks ties. Enums sort in the order their values are listed, false before true.";
        foreach (var (name, (property, _, _)) in map.Columns)
            if (SortOrder.IsSortable(property.PropertyType))
                Field<SortDirectionGraphType>(name).Description($"Sort by `{name.ToCamelCase()}`.");
        foreach (var (name, (relation, _)) in map.Relations)
            if (relation.Kind == RelationKind.ToOne)
                Field(name, typeof(OrderInputGraphType<>).MakeGenericType(relation.TargetGraphType)).Description(
                    $"Sort by a field of the related `{name.ToCamelCase()}`; rows without one, "
                    + "or with one outside the caller's scope, come last.");
    }
}

public sealed class SortDirectionGraphType : EnumerationGraphType<SortDirection>
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "Ascending or descending.";
    }
}

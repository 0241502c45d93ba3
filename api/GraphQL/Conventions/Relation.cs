using System.Linq.Expressions;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Conventions;

public enum RelationKind { ToOne, ToMany }

/// <summary>
/// How a relation field of an entity graph type joins: a to-one relation through a foreign key on the source row,
/// a to-many (or dependent one-to-one) relation through a foreign key on the target rows. Filters and sort keys
/// through relations are built from this as correlated subqueries, so the target's tenant filter always applies.
/// </summary>
public sealed record Relation(RelationKind Kind, Type TargetEntity, Type TargetGraphType, LambdaExpression ForeignKey)
{
    private const string Key = "gateway:relation";

    public static Relation? Of(FieldType field) => field.Metadata.TryGetValue(Key, out var value) ? value as Relation : null;

    public void AttachTo(FieldType field) => field.Metadata[Key] = this;
}

public static class ColumnMetadata
{
    private const string Key = "gateway:column";

    /// <summary>Names the entity property a field shows when the field's name differs from it.</summary>
    public static FieldType MapsToColumn(this FieldType field, string property)
    {
        field.Metadata[Key] = property;
        return field;
    }

    public static string? ColumnOf(FieldType field) => field.Metadata.TryGetValue(Key, out var value) ? value as string : null;
}

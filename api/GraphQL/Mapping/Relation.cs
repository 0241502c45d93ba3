using System.Linq.Expressions;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mapping;

public enum RelationKind { ToOne, ToMany }

/// <summary>
/// How a relation field of an entity graph type joins: a to-one relation through a foreign key on the source row,
/// a to-many (or dependent one-to-one) relation through a foreign key on the target rows. Filters and sort keys
/// through relations are built from this as correlated subqueries, so the target's tenant filter always applies.
/// </summary>
public sealed record Relation(RelationKind Kind, Type TargetEntity, Type TargetGraphType, LambdaExpression ForeignKey)
{
    private const string Key = "gateway:relation";

    public static Relation? Of(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var value) ? value as Relation : null;

    public void AttachTo(FieldType field) => field.Metadata[Key] = this;

    /// <summary>The foreign key's value on <paramref name="row"/>: the source row of a to-one relation, a target row of
    /// a to-many one.</summary>
    public Expression ForeignKeyOf(Expression row) => ForeignKey.Inline(row);

    /// <summary>For a to-one relation: whether <paramref name="target"/> is the row that <paramref name="row"/>'s
    /// foreign key names.</summary>
    public Expression Joins(Expression row, Expression target) =>
        Expression.Equal(Expression.Convert(Expression.Property(target, nameof(Data.Entity.Id)), typeof(long?)),
            ForeignKeyOf(row));

    /// <summary>
    /// For a to-one relation: <c>(SELECT value FROM target WHERE target.Id = row.ForeignKey LIMIT 1)</c> over the
    /// context's set, so the target's tenant filter applies and a target outside the caller's scope reads as null, like
    /// a missing one.
    /// </summary>
    public Expression ValueOfTarget(Expression row, Data.GatewayDbContext db, ParameterExpression target,
        Expression value)
    {
        if (value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null)
            value = Expression.Convert(value, typeof(Nullable<>).MakeGenericType(value.Type));
        var matching = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [TargetEntity],
            db.SetOf(TargetEntity).Expression, Expression.Quote(Expression.Lambda(Joins(row, target), target)));
        var selected = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [TargetEntity, value.Type],
            matching, Expression.Quote(Expression.Lambda(value, target)));
        return Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [value.Type], selected);
    }

    /// <summary>The foreign key's property name.</summary>
    public string ForeignKeyName => MemberName(ForeignKey.Body);

    private static string MemberName(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => MemberName(convert.Operand),
        MemberExpression member => member.Member.Name,
        _ => throw new InvalidOperationException($"A relation's foreign key must be a property, not `{body}`."),
    };
}

public static class ColumnMetadata
{
    private const string Key = "gateway:column";
    private const string ReadsKey = "gateway:reads";

    /// <summary>Names the entity property a field shows when the field's name differs from it.</summary>
    public static FieldType MapsToColumn(this FieldType field, string property)
    {
        field.Metadata[Key] = property;
        return field;
    }

    public static string? ColumnOf(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var value) ? value as string : null;

    /// <summary>
    /// Names the entity properties a field's resolver reads besides the one it is named after, so projections select
    /// them; a field that reads other columns without declaring them would see defaults.
    /// </summary>
    public static FieldType ReadsColumns(this FieldType field, params string[] properties)
    {
        field.Metadata[ReadsKey] = properties;
        return field;
    }

    public static string[]? ReadsOf(FieldType field) =>
        field.Metadata.TryGetValue(ReadsKey, out var value) ? value as string[] : null;
}

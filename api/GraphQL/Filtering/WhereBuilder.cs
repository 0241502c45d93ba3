using System.Collections;
using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tenancy;

namespace Gateway.Api.GraphQL.Filtering;

/// <summary>
/// Translates a <c>where</c> argument into one predicate that runs in SQL. Relations become correlated
/// <c>EXISTS</c> subqueries over the related sets, which carry their own tenant filters, so a condition can never
/// widen the caller's scope or count a foreign row. A field the caller may not read cannot be used as an oracle.
/// </summary>
public sealed class WhereBuilder(GatewayDbContext db, TenantScope scope)
{
    /// <summary>Nesting allowed through relations and and/or/not, which keeps the SQL bounded.</summary>
    public const int MaxNesting = 6;

    public Expression<Func<T, bool>> Build<T>(IDictionary<string, object?> where, Type graphType)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Conditions(row, where, EntityFieldMap.For(graphType), "where", 0), row);
    }

    private Expression Conditions(Expression row, IDictionary<string, object?> where, EntityFieldMap map, string path,
        int nesting)
    {
        if (nesting > MaxNesting) throw new FilterError($"`{path}` nests deeper than {MaxNesting} levels.");
        scope.Demand(map.Permission, path);
        Expression all = Expression.Constant(true);
        foreach (var (name, value) in where)
        {
            if (value is null) continue;
            var at = $"{path}.{name}";
            var condition = name switch
            {
                "and" => Items(value).Select((item, i) => Conditions(row, item, map, $"{at}[{i}]", nesting + 1))
                    .Aggregate((Expression)Expression.Constant(true), Expression.AndAlso),
                "or" => Items(value).Select((item, i) => Conditions(row, item, map, $"{at}[{i}]", nesting + 1))
                    .Aggregate((Expression)Expression.Constant(false), Expression.OrElse),
                "not" => Expression.Not(Conditions(row, (IDictionary<string, object?>)value, map, at, nesting + 1)),
                "id" => ScalarConditions.Build(Expression.Property(row, nameof(Entity.Id)),
                    RowIds((IDictionary<string, object?>)value, map), at),
                _ when map.Columns.TryGetValue(name, out var column) =>
                    Column(row, column.Property, column.Permission, value, at),
                _ when map.Relations.TryGetValue(name, out var relation) =>
                    Related(row, relation.Relation, relation.Permission, value, at, nesting),
                _ => throw new FilterError($"`{at}` cannot be filtered on."),
            };
            all = Expression.AndAlso(all, condition);
        }
        return all;
    }

    private Expression Column(Expression row, System.Reflection.PropertyInfo property, string? permission, object value,
        string path)
    {
        scope.Demand(permission, path);
        return ScalarConditions.Build(Expression.Property(row, property), (IDictionary<string, object?>)value, path);
    }

    private Expression Related(Expression row, Relation relation, string? permission, object value, string path,
        int nesting)
    {
        scope.Demand(permission, path);
        var targetMap = EntityFieldMap.For(relation.TargetGraphType);
        var target = Expression.Parameter(relation.TargetEntity, "related");
        var conditions = (IDictionary<string, object?>)value;
        if (relation.Kind == RelationKind.ToOne)
        {
            // EXISTS (SELECT 1 FROM target WHERE target.Id = row.ForeignKey AND conditions)
            var related = Any(relation.TargetEntity, Expression.Lambda(Expression.AndAlso(relation.Joins(row, target),
                Conditions(target, conditions, targetMap, path, nesting + 1)), target));
            // The id asked of the related row is the row's own foreign key: said beside the EXISTS as well (it
            // implies it), the planner estimates it from the key's statistics and reaches the rows through its
            // index, where an EXISTS alone, under an OR, counts for half the table.
            return conditions.TryGetValue("id", out var ids) && ids is IDictionary<string, object?> idConditions
                ? Expression.AndAlso(ScalarConditions.Build(relation.ForeignKeyOf(row),
                    RowIds(idConditions, targetMap), $"{path}.id"), related)
                : related;
        }

        var correlation = Expression.Equal(relation.ForeignKeyOf(target),
            Expression.Convert(Expression.Property(row, nameof(Entity.Id)), typeof(long?)));
        Expression all = Expression.Constant(true);
        foreach (var (quantifier, inner) in conditions)
        {
            if (inner is null) continue;
            var at = $"{path}.{quantifier}";
            var matches = Conditions(target, (IDictionary<string, object?>)inner, targetMap, at, nesting + 1);
            var condition = quantifier switch
            {
                "some" =>
                    Any(relation.TargetEntity, Expression.Lambda(Expression.AndAlso(correlation, matches), target)),
                "none" => Expression.Not(
                    Any(relation.TargetEntity, Expression.Lambda(Expression.AndAlso(correlation, matches), target))),
                "all" => Expression.Not(Any(relation.TargetEntity,
                    Expression.Lambda(Expression.AndAlso(correlation, Expression.Not(matches)), target))),
                _ => throw new FilterError($"`{at}` is not some, none or all."),
            };
            all = Expression.AndAlso(all, condition);
        }
        return all;
    }

    private Expression Any(Type entity, LambdaExpression predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Any), [entity], db.SetOf(entity).Expression,
            Expression.Quote(predicate));

    /// <summary>Global ids become row ids; an id of another type can match no row of this one. A null stays null:
    /// <c>eq: null</c> asks for rows without an id.</summary>
    private static Dictionary<string, object?> RowIds(IDictionary<string, object?> conditions, EntityFieldMap map)
    {
        long RowId(object? id) =>
            GlobalId.TryDecode(id as string, out var type, out var rowId) && type == map.GraphTypeName ? rowId : -1;
        return conditions.ToDictionary(c => c.Key, c => c.Value switch
        {
            null => null,
            IEnumerable list and not string => list.Cast<object?>().Select(RowId).ToList(),
            var id => (object?)RowId(id),
        });
    }


    private static IEnumerable<IDictionary<string, object?>> Items(object value) =>
        ((IEnumerable)value).Cast<IDictionary<string, object?>>();
}

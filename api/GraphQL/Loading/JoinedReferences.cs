using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Loading;

/// <summary>
/// The to-one relations a connection's query selects on its rows, read in the page's own SQL: one scalar subquery per
/// column, each a key lookup in the target's set with its tenant filter. The rows found are handed to the
/// <see cref="BatchLoader"/> as if it had loaded them, so the relation fields cost no command of their own; a target
/// outside the caller's scope reads as missing, exactly as a batch would find it.
/// </summary>
public sealed class JoinedReferences
{
    private static readonly ConditionalWeakTable<GraphQLField, JoinedReferences> Documents = new();
    private readonly List<Reference> references;

    private JoinedReferences(List<Reference> references) => this.references = references;

    public bool IsEmpty => references.Count == 0;

    /// <summary>
    /// The relations of the current connection field that can be joined: selected once on its rows, with a selection
    /// whose columns are known. Worked out once per field of the document.
    /// </summary>
    public static JoinedReferences OfConnection(IResolveFieldContext context) =>
        Documents.GetValue(context.FieldAst, _ =>
    {
        var (nodeType, fields) = Projection.NodeFieldsOf(context);
        var map = EntityFieldMap.For(nodeType.GetType());
        var references = new List<Reference>();
        foreach (var selected in fields.GroupBy(f => f.Name.StringValue).Where(g => g.Count() == 1)
            .Select(g => g.Single()))
        {
            if (!map.Relations.TryGetValue(selected.Name.StringValue, out var related)
                || related.Relation.Kind != RelationKind.ToOne) continue;
            var targetType =
                (IComplexGraphType)nodeType.GetField(selected.Name.StringValue)!.ResolvedType!.GetNamedType();
            var projection = Projection.OfField(context, selected, targetType);
            if (projection.Columns is not null) references.Add(new Reference(related.Relation, projection));
        }
        return new JoinedReferences(references);
    });

    /// <summary><c>row =&gt; new object[] { (SELECT Id FROM target …), (SELECT column FROM target …), … }</c> for every
    /// relation.</summary>
    public Expression<Func<T, object?[]>> Values<T>(GatewayDbContext db)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, object?[]>>(
            Expression.NewArrayInit(typeof(object), references.SelectMany(r => r.Subqueries(row, db))), row);
    }

    /// <summary>Gives the loader the targets read with the rows of <paramref name="page"/>.</summary>
    public void Prime<T>(BatchLoader loader, IEnumerable<KeyedRow<T>> page) where T : notnull
    {
        foreach (var row in page)
        {
            if (row.Joined is not { } values) continue;
            var offset = 0;
            foreach (var reference in references)
                offset += reference.Prime(loader, row.Row, values, offset);
        }
    }

    private sealed class Reference
    {
        private readonly Relation relation;
        private readonly Projection projection;
        private readonly PropertyInfo[] columns;
        private readonly Func<object, long?> readKey;
        private readonly Action<BatchLoader, long, object?, Projection> prime;

        public Reference(Relation relation, Projection projection)
        {
            (this.relation, this.projection) = (relation, projection);
            columns = [.. projection.Columns!.Where(c => c != nameof(Entity.Id))
                .Select(c => relation.TargetEntity.GetProperty(c)!)];
            var boxed = Expression.Parameter(typeof(object), "row");
            readKey = Expression.Lambda<Func<object, long?>>(
                relation.ForeignKeyOf(Expression.Convert(boxed, relation.ForeignKey.Parameters[0].Type)), boxed)
                .Compile();
            // loader.Prime<Target>(id, (Target)row, projection), compiled once rather than reflected per row.
            var (loader, id, target, with) = (Expression.Parameter(typeof(BatchLoader)),
                Expression.Parameter(typeof(long)), Expression.Parameter(typeof(object)),
                Expression.Parameter(typeof(Projection)));
            prime = Expression.Lambda<Action<BatchLoader, long, object?, Projection>>(
                Expression.Call(loader, nameof(BatchLoader.Prime), [relation.TargetEntity], id,
                    Expression.Convert(target, relation.TargetEntity), with), loader, id, target, with).Compile();
        }

        public IEnumerable<Expression> Subqueries(ParameterExpression row, GatewayDbContext db)
        {
            var target = Expression.Parameter(relation.TargetEntity, "target");
            return new[] { relation.TargetEntity.GetProperty(nameof(Entity.Id))! }.Concat(columns)
                .Select(column => Expression.Convert(
                    relation.ValueOfTarget(row, db, target, Expression.Property(target, column)), typeof(object)));
        }

        /// <summary>Primes the loader from the values at <paramref name="offset"/>; returns how many values this
        /// relation took.</summary>
        public int Prime(BatchLoader loader, object row, object?[] values, int offset)
        {
            if (readKey(row) is { } key)
            {
                object? target = null;
                if (values[offset] is not null)
                {
                    target = Activator.CreateInstance(relation.TargetEntity)!;
                    ((Entity)target).Id = key;
                    for (var i = 0; i < columns.Length; i++) columns[i].SetValue(target, values[offset + 1 + i]);
                }
                prime(loader, key, target, projection);
            }
            return 1 + columns.Length;
        }
    }
}

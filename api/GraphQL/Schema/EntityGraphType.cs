using System.Linq.Expressions;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>Base of every entity's graph type: a Relay node with a global id, plus batched relation fields.</summary>
public abstract class EntityGraphType<T> : ObjectGraphType<T>, IEntityGraphType where T : Entity, new()
{
    protected EntityGraphType()
    {
        Interface<NodeInterface>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Globally unique, opaque id.")
            .Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
    }

    public IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, long id) =>
        Loader(context).ById<T>(id, Projection.OfField(context, this)).Then(entity => (object?)entity);

    /// <summary>A to-one relation through a foreign key on this row, loaded in one batch per level.</summary>
    protected void Reference<TTarget, TTargetType>(string name, Expression<Func<T, long?>> foreignKey, string description)
        where TTarget : Entity, new() where TTargetType : IGraphType
    {
        var key = foreignKey.Compile();
        var field = Field<TTargetType>(name)
            .Description(description)
            .Resolve(ctx => key(ctx.Source) is { } id ? Loader(ctx).ById<TTarget>(id, Target(ctx)) : null);
        new Relation(RelationKind.ToOne, typeof(TTarget), typeof(TTargetType), foreignKey).AttachTo(field.FieldType);
    }

    /// <summary>
    /// A to-one relation the database requires. Shared reference data is always there; a tenant-owned target may lie
    /// outside the caller's scope (a controller at the station above an office, a person since moved elsewhere), and
    /// then it reads as null, exactly like a missing row.
    /// </summary>
    protected void RequiredReference<TTarget, TTargetType>(string name, Expression<Func<T, long>> foreignKey, string description)
        where TTarget : Entity, new() where TTargetType : IGraphType
    {
        var key = foreignKey.Compile();
        var scoped = typeof(TenantOwnedEntity).IsAssignableFrom(typeof(TTarget)) || typeof(TTarget) == typeof(Offices.OrgUnit);
        var field = scoped ? Field<TTargetType>(name).Description(description + " Null when it lies outside the caller's scope.")
            : Field<NonNullGraphType<TTargetType>>(name).Description(description);
        field.Resolve(ctx => Loader(ctx).ById<TTarget>(key(ctx.Source), Target(ctx)));
        var nullableKey = Expression.Lambda<Func<T, long?>>(Expression.Convert(foreignKey.Body, typeof(long?)), foreignKey.Parameters);
        new Relation(RelationKind.ToOne, typeof(TTarget), typeof(TTargetType), nullableKey).AttachTo(field.FieldType);
    }

    /// <summary>
    /// A to-many relation: the rows whose foreign key points at this row, as a connection with the same paging,
    /// <c>where</c> and <c>order</c> as the root lists, each level of the query loaded in one batch.
    /// </summary>
    protected void Children<TChild, TChildType>(string name, Expression<Func<TChild, long?>> foreignKey, string description)
        where TChild : Entity, new() where TChildType : IComplexGraphType
    {
        var field = ConnectionFieldExtensions.ConnectionField<TChild, TChildType>(name, description);
        field.Resolver = new FuncFieldResolver<T, object?>(ctx => Loader(ctx).ChildPage<T, TChild>(ctx, foreignKey, ctx.Source.Id, typeof(TChildType)));
        new Relation(RelationKind.ToMany, typeof(TChild), typeof(TChildType), foreignKey).AttachTo(field);
        AddField(field);
    }

    /// <summary>
    /// A one-to-one relation from the other side: the row whose foreign key points at this row, or null, loaded in one
    /// batch per level. <paramref name="whenNone"/> runs for each row whose dependent is missing or hidden from the caller.
    /// </summary>
    protected void Dependent<TChild, TChildType>(string name, Expression<Func<TChild, long?>> foreignKey, string description,
        Action<IResolveFieldContext<T>>? whenNone = null)
        where TChild : Entity, new() where TChildType : IGraphType =>
        new Relation(RelationKind.ToMany, typeof(TChild), typeof(TChildType), foreignKey).AttachTo(
            Field<TChildType>(name)
                .Description(description)
                .Resolve(ctx => Loader(ctx).ByForeignKey(foreignKey, ctx.Source.Id, Target(ctx)).Then(rows =>
                {
                    if (rows.Count > 0) return rows[0];
                    whenNone?.Invoke(ctx);
                    return null;
                })).FieldType);

    /// <summary>
    /// A citizen's ID number or phone. Callers without <see cref="Permissions.PiiRead"/> get it through
    /// <paramref name="mask"/>; every value served unmasked is noted in the request's audit trail against the row.
    /// </summary>
    protected void SensitiveField(Expression<Func<T, string?>> property, Func<string, string> mask, string description, bool nullable = false)
    {
        var read = property.Compile();
        var field = Field(property, nullable).Description(description + " Masked unless the caller may read personal data in full.");
        field.Resolve(ctx =>
        {
            if (read(ctx.Source) is not { } value) return null;
            var services = ctx.RequestServices!;
            if (!services.GetRequiredService<TenantScope>().Has(Permissions.PiiRead)) return mask(value);
            services.GetRequiredService<RequestAuditTrail>().Note($"pii.read:{Name}.{field.FieldType.Name}", AuditOutcome.Succeeded, GlobalId.Encode(Name, ctx.Source.Id));
            return value;
        });
    }

    /// <summary>The columns the current relation field's selection reads from its target rows.</summary>
    private static Projection Target(IResolveFieldContext context) =>
        Projection.OfField(context, (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType());

    private static BatchLoader Loader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<BatchLoader>();
}

using System.Linq.Expressions;
using Gateway.Api.Data;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.GraphQL.Relay;

/// <summary>Base of every entity's graph type: a Relay node with a global id, plus batched relation fields.</summary>
public abstract class EntityGraphType<T> : ObjectGraphType<T>, IEntityGraphType where T : Entity
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
        Loader(context).ById<T>(id).Then(entity => (object?)entity);

    /// <summary>A to-one relation through a foreign key on this row, loaded in one batch per level.</summary>
    protected void Reference<TTarget, TTargetType>(string name, Func<T, long?> foreignKey, string description)
        where TTarget : Entity where TTargetType : IGraphType =>
        Field<TTargetType>(name)
            .Description(description)
            .Resolve(ctx => foreignKey(ctx.Source) is { } key ? Loader(ctx).ById<TTarget>(key) : null);

    /// <summary>
    /// A to-one relation the database requires. Shared reference data is always there; a tenant-owned target may lie
    /// outside the caller's scope (a controller at the station above an office, a person since moved elsewhere), and
    /// then it reads as null, exactly like a missing row.
    /// </summary>
    protected void RequiredReference<TTarget, TTargetType>(string name, Func<T, long> foreignKey, string description)
        where TTarget : Entity where TTargetType : IGraphType
    {
        var scoped = typeof(TenantOwnedEntity).IsAssignableFrom(typeof(TTarget)) || typeof(TTarget) == typeof(Offices.OrgUnit);
        var field = scoped ? Field<TTargetType>(name).Description(description + " Null when it lies outside the caller's scope.")
            : Field<NonNullGraphType<TTargetType>>(name).Description(description);
        field.Resolve(ctx => Loader(ctx).ById<TTarget>(foreignKey(ctx.Source)));
    }

    /// <summary>A to-many relation: the rows whose foreign key points at this row, loaded in one batch per level.</summary>
    protected void Children<TChild, TChildType>(string name, Expression<Func<TChild, long?>> foreignKey, string description)
        where TChild : Entity where TChildType : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TChildType>>>>(name)
            .Description(description)
            .Resolve(ctx => Loader(ctx).ByForeignKey(foreignKey, ctx.Source.Id));

    /// <summary>A one-to-one relation from the other side: the row whose foreign key points at this row, or null, loaded in one batch per level.</summary>
    protected void Dependent<TChild, TChildType>(string name, Expression<Func<TChild, long?>> foreignKey, string description)
        where TChild : Entity where TChildType : IGraphType =>
        Field<TChildType>(name)
            .Description(description)
            .Resolve(ctx => Loader(ctx).ByForeignKey(foreignKey, ctx.Source.Id).Then(rows => rows.Count > 0 ? rows[0] : null));

    private static BatchLoader Loader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<BatchLoader>();
}

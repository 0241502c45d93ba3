using System.Linq.Expressions;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Loading;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>
/// Base of every entity's graph type: a Relay node with a global id, plus batched relation fields. A relation names
/// the entity it points at; the graph type that shows it is found in <see cref="EntityGraphTypes"/>.
/// </summary>
public abstract class EntityGraphType<T> : ObjectGraphType<T>, IEntityGraphType where T : Entity, new()
{
    protected EntityGraphType()
    {
        Interface<NodeInterface>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Globally unique, opaque id.")
            .Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        // A template method, so other areas' fields always follow the type's own without each type applying them.
        Define();
        foreach (var extension in EntityGraphTypes.ExtensionsOf<T>()) extension.AddTo(this);
    }

    /// <summary>The type's name, description, permission and own fields.</summary>
    protected abstract void Define();

    public IDataLoaderResult<object?> LoadNode(IResolveFieldContext context, long id) =>
        Loader(context).ById<T>(id, Projection.OfField(context, this)).Then(entity => (object?)entity);

    /// <summary>A to-one relation through a foreign key on this row, loaded in one batch per level.</summary>
    public void Reference<TTarget>(string name, Expression<Func<T, long?>> foreignKey, string description)
        where TTarget : Entity, new()
    {
        var key = foreignKey.Compile();
        var targetType = EntityGraphTypes.Of(typeof(TTarget));
        var field = Field(name, targetType)
            .Description(description)
            .Resolve(ctx => key(ctx.Source) is { } id ? Loader(ctx).ById<TTarget>(id, Target(ctx)) : null);
        new Relation(RelationKind.ToOne, typeof(TTarget), targetType, foreignKey).AttachTo(field.FieldType);
    }

    /// <summary>
    /// A to-one relation the database requires. Shared reference data is always there; a tenant-owned target may lie
    /// outside the caller's scope (a controller at the station above an office, the unit that now keeps the file of a
    /// person who once served here), and then it reads as null, exactly like a missing row.
    /// </summary>
    public void RequiredReference<TTarget>(string name, Expression<Func<T, long>> foreignKey, string description)
        where TTarget : Entity, new()
    {
        var key = foreignKey.Compile();
        var targetType = EntityGraphTypes.Of(typeof(TTarget));
        var field = TenantOwnership.Of(typeof(TTarget)).IsTenantOwned
            ? Field(name, targetType).Description(description + " Null when it lies outside the caller's scope.")
            : Field(name, typeof(NonNullGraphType<>).MakeGenericType(targetType)).Description(description);
        field.Resolve(ctx => Loader(ctx).ById<TTarget>(key(ctx.Source), Target(ctx)));
        var nullableKey = Expression.Lambda<Func<T, long?>>(
            Expression.Convert(foreignKey.Body, typeof(long?)), foreignKey.Parameters);
        new Relation(RelationKind.ToOne, typeof(TTarget), targetType, nullableKey).AttachTo(field.FieldType);
    }

    /// <summary>
    /// A to-many relation: the rows whose foreign key points at this row, as a connection with the same paging,
    /// <c>where</c> and <c>order</c> as the root lists, each level of the query loaded in one batch.
    /// </summary>
    public void Children<TChild>(string name, Expression<Func<TChild, long?>> foreignKey, string description)
        where TChild : Entity, new()
    {
        var childType = EntityGraphTypes.Of(typeof(TChild));
        var field = ConnectionFieldExtensions.ConnectionField<TChild>(name, description);
        field.Resolver = new FuncFieldResolver<T, object?>(ctx =>
            Loader(ctx).ChildPage<T, TChild>(ctx, foreignKey, ctx.Source.Id, childType));
        new Relation(RelationKind.ToMany, typeof(TChild), childType, foreignKey).AttachTo(field);
        AddField(field);
    }

    /// <summary>
    /// A one-to-one relation from the other side: the row whose foreign key points at this row, or null, loaded in one
    /// batch per level. <paramref name="whenNone"/> runs for each row whose dependent is missing or hidden from the
    /// caller.
    /// </summary>
    public void Dependent<TChild>(string name, Expression<Func<TChild, long?>> foreignKey, string description,
        Action<IResolveFieldContext<T>>? whenNone = null)
        where TChild : Entity, new()
    {
        var childType = EntityGraphTypes.Of(typeof(TChild));
        var field = Field(name, childType)
            .Description(description)
            .Resolve(ctx => Loader(ctx).ByForeignKey(foreignKey, ctx.Source.Id, Target(ctx)).Then(rows =>
            {
                if (rows.Count > 0) return rows[0];
                whenNone?.Invoke(ctx);
                return null;
            }));
        new Relation(RelationKind.ToMany, typeof(TChild), childType, foreignKey).AttachTo(field.FieldType);
    }

    /// <summary>A citizen's ID number or phone, served as <see cref="SensitiveReads"/> decides.</summary>
    protected void SensitiveField(Expression<Func<T, string?>> property, Func<string, string> mask, string description,
        bool nullable = false)
    {
        var read = property.Compile();
        Field(property, nullable)
            .Description(description + " Masked unless the caller may read personal data in full.")
            .Resolve(ctx => read(ctx.Source) is { } value
                ? SensitiveReads.Serve(ctx, value, mask, GlobalId.Encode(Name, ctx.Source.Id), OwnerPathOf(ctx.Source))
                : null)
            .FieldType.ReadsColumns(OwnerPathColumns);
    }

    /// <summary>A yes/no about a citizen's health, served as <see cref="SensitiveReads.ServeFlag"/> decides.</summary>
    protected void SensitiveFlag(Expression<Func<T, bool>> property, string description)
    {
        var read = property.Compile();
        Field<BooleanGraphType>(((MemberExpression)property.Body).Member.Name)
            .Description(description + " Null unless the caller may read personal data in full.")
            .Resolve(ctx => SensitiveReads.ServeFlag(ctx, read(ctx.Source), GlobalId.Encode(Name, ctx.Source.Id),
                OwnerPathOf(ctx.Source)))
            .FieldType.ReadsColumns(OwnerPathColumns);
    }

    /// <summary>The owner path column of a tenant-owned type, which a sensitive field reads beside its own to tell
    /// whether the row is owned in the caller's scope.</summary>
    private static readonly ParameterExpression RowParameter = Expression.Parameter(typeof(T), "row");

    private static string[] OwnerPathColumns =>
        TenantOwnership.Of(typeof(T)).PathProperty is { } path ? [path] : [];

    private static readonly Func<T, string?> OwnerPathOf = TenantOwnership.Of(typeof(T)).PathProperty is { } path
        ? Expression.Lambda<Func<T, string?>>(Expression.Property(RowParameter, path), RowParameter).Compile()
        : _ => null;

    /// <summary>The columns the current relation field's selection reads from its target rows.</summary>
    private static Projection Target(IResolveFieldContext context) =>
        Projection.OfField(context, (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType());

    private static BatchLoader Loader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<BatchLoader>();
}

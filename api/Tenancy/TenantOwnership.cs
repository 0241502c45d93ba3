using System.Collections.Concurrent;
using System.Reflection;

namespace Gateway.Api.Tenancy;

/// <summary>
/// Marks an entity whose rows belong to one org unit and names the property holding that unit's tree path. The
/// query filters, the write guard, the graph types and the isolation tests all read this one declaration.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class TenantOwnedAttribute(string pathProperty) : Attribute
{
    public string PathProperty { get; } = pathProperty;
}

/// <summary>
/// Widens who reads a tenant-owned type: besides the units in whose scope a row is owned, every unit that reads a row
/// of <paramref name="source"/> whose <paramref name="foreignKey"/> points at it (a person is read by every unit they
/// were posted to, after their file has moved on). Reading only: changing the row, or pointing a new foreign key at
/// it, still needs it owned in scope.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AlsoReadThroughAttribute(Type source, string foreignKey) : Attribute
{
    public Type Source { get; } = source;
    public string ForeignKey { get; } = foreignKey;
}

/// <summary>
/// <see cref="AlsoReadThroughAttribute"/> declared on the source instead of the target, for a target in an area below
/// the source's that may not name it: whoever reads a row of the marked type also reads the
/// <paramref name="target"/> row its <paramref name="foreignKey"/> points at (a mediator's person, through the seat).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class LetsReadThroughAttribute(Type target, string foreignKey) : Attribute
{
    public Type Target { get; } = target;
    public string ForeignKey { get; } = foreignKey;
}

/// <summary>
/// Rows a unit shares with the units below it (a station's mediation committee, its squads): a row owned at a unit is
/// read by callers at that unit or anywhere below it, and a row written there may point a foreign key at it. Reading
/// and referencing only: the row itself stays changeable inside its owner's scope alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class SharedDownwardsAttribute : Attribute;

/// <summary>Rows that only the system writes: shared reference data and the audit trail.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class WrittenBySystemAttribute : Attribute;

/// <summary>
/// Shared reference data every unit reads and only the top of the tree (the county bureau) or the system writes, such
/// as the duty catalogue: a unit below the top may not change it, whatever its permissions.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class KeptByTopOfTreeAttribute : Attribute;

/// <summary>Rows that, once written, are never changed or deleted.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AppendOnlyAttribute : Attribute;

/// <summary>How tenancy treats an entity type, read from its attributes once per type.</summary>
public sealed record TenantOwnership(string? PathProperty, bool WrittenBySystem, bool KeptByTopOfTree,
    bool AppendOnly, bool SharedDownwards, IReadOnlyList<AlsoReadThroughAttribute> ReadThrough)
{
    private static readonly ConcurrentDictionary<Type, TenantOwnership> Known = new();
    private static readonly ConcurrentDictionary<Assembly, ILookup<Type, AlsoReadThroughAttribute>> DeclaredOnSources =
        new();

    public static TenantOwnership Of(Type entity) => Known.GetOrAdd(entity, type => new TenantOwnership(
        type.GetCustomAttribute<TenantOwnedAttribute>()?.PathProperty,
        type.IsDefined(typeof(WrittenBySystemAttribute)),
        type.IsDefined(typeof(KeptByTopOfTreeAttribute)),
        type.IsDefined(typeof(AppendOnlyAttribute)),
        type.IsDefined(typeof(SharedDownwardsAttribute)),
        [.. type.GetCustomAttributes<AlsoReadThroughAttribute>(), .. ReadThroughDeclaredOnSources(type)]));

    private static IEnumerable<AlsoReadThroughAttribute> ReadThroughDeclaredOnSources(Type target) =>
        DeclaredOnSources.GetOrAdd(target.Assembly, assembly => assembly.GetTypes()
            .SelectMany(source => source.GetCustomAttributes<LetsReadThroughAttribute>(false).Select(declared =>
                (declared.Target, Through: new AlsoReadThroughAttribute(source, declared.ForeignKey))))
            .ToLookup(d => d.Target, d => d.Through))[target];

    public bool IsTenantOwned => PathProperty is not null;

    /// <summary>Whether a caller at <paramref name="callerPath"/> reads and may point at a row owned at
    /// <paramref name="ownerPath"/> because the row's type is shared downwards and its owner lies above (or at) the
    /// caller's unit.</summary>
    public bool SharedWith(string callerPath, string ownerPath) =>
        SharedDownwards && callerPath.StartsWith(ownerPath, StringComparison.Ordinal);

    /// <summary>Whether the write guard looks at rows of this type at all.</summary>
    public bool IsGuarded => IsTenantOwned || WrittenBySystem || KeptByTopOfTree || AppendOnly;
}

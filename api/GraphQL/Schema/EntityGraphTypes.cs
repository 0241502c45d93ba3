using System.Collections.Frozen;
using Gateway.Api.Data;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>
/// Which graph type shows each entity, and which areas add fields to it, found once in the assembly: a relation names
/// the entity it points at, never another area's graph type.
/// </summary>
public static class EntityGraphTypes
{
    private static readonly Type[] Classes = typeof(EntityGraphTypes).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false }).ToArray();

    private static readonly FrozenDictionary<Type, Type> GraphTypes = Classes
        .Select(t => (Graph: t, Entity: EntityOf(t)))
        .Where(t => t.Entity is not null)
        .GroupBy(t => t.Entity!)
        .ToFrozenDictionary(g => g.Key, g => g.Count() == 1 ? g.Single().Graph
            : throw new InvalidOperationException($"{g.Key.Name} is shown by more than one graph type."));

    private static readonly FrozenDictionary<Type, object[]> Extensions = Classes
        .SelectMany(t => t.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityFields<>))
            .Select(i => (Entity: i.GetGenericArguments()[0], Extension: t)))
        .GroupBy(e => e.Entity)
        .ToFrozenDictionary(g => g.Key, g => g.OrderBy(e => e.Extension.FullName, StringComparer.Ordinal)
            .Select(e => Activator.CreateInstance(e.Extension)!).ToArray());

    /// <summary>The graph type that shows <paramref name="entity"/> rows.</summary>
    public static Type Of(Type entity) => GraphTypes.TryGetValue(entity, out var graphType) ? graphType
        : throw new InvalidOperationException($"No graph type shows {entity.Name}.");

    internal static IEnumerable<IEntityFields<T>> ExtensionsOf<T>() where T : Entity, new() =>
        Extensions.TryGetValue(typeof(T), out var found) ? found.Cast<IEntityFields<T>>() : [];

    private static Type? EntityOf(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(EntityGraphType<>))
                return current.GetGenericArguments()[0];
        return null;
    }
}

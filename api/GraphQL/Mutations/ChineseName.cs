using System.Collections.Concurrent;
using System.Reflection;
using GraphQL;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>The Chinese name of an enum value, which Chinese messages use where English ones use the schema's
/// spelling.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ChineseNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>An enum value as messages name it: in Chinese from its <see cref="ChineseNameAttribute"/>, in English as
/// the schema spells it (IN_SESSIONS).</summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Enum, string> Chinese = new();

    public static string Zh(Enum value) => Chinese.GetOrAdd(value, v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<ChineseNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"{v.GetType().Name}.{v} has no Chinese name."));

    public static string Schema(Enum value) => value.ToString().ToConstantCase();

    /// <summary>Several values in Chinese, between <paramref name="separator"/>s.</summary>
    public static string Zh<TEnum>(IEnumerable<TEnum> values, string separator) where TEnum : Enum =>
        string.Join(separator, values.Select(v => Zh(v)));

    /// <summary>Several values as the schema spells them, joined by "or".</summary>
    public static string Schema<TEnum>(IEnumerable<TEnum> values) where TEnum : Enum =>
        string.Join(" or ", values.Select(v => Schema(v)));
}

namespace Gateway.Api.Security.Protection;

/// <summary>Marks a column holding the <see cref="BlindIndex"/> of the sensitive column
/// <paramref name="source"/>; <see cref="BlindIndexing"/> keeps it filled.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BlindIndexOfAttribute(string source) : Attribute
{
    public string Source { get; } = source;
}

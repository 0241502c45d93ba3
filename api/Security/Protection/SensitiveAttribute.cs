namespace Gateway.Api.Security.Protection;

/// <summary>
/// Marks a column holding personal or identifying data: never filterable or sortable, masked unless the caller may
/// read personal data, and audited when read in full. Text is encrypted at rest; a flag (a mental-health risk) keeps
/// its own column type and is only served that way.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

namespace Gateway.Api.Security.Protection;

/// <summary>Marks a column holding personal or identifying data: it is encrypted at rest.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

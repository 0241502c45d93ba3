namespace Gateway.Api.Security.Protection;

/// <summary>
/// Marks a column holding personal or identifying data: never filterable or sortable, masked unless the caller may
/// read personal data, audited when read in full, and encrypted at rest whatever its type (text, or a flag such as a
/// mental-health risk, stored as ciphertext of its text; see <see cref="ProtectedColumnConverter{T}"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

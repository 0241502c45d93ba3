namespace Gateway.Api.Tenancy;

/// <summary>A write that reaches outside the caller's scope. It reads exactly like a missing row, so nothing
/// leaks.</summary>
public sealed class TenantAccessDeniedException() : Exception("Not found.");

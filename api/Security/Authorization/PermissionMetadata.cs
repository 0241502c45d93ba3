using GraphQL.Builders;
using GraphQL.Types;

namespace Gateway.Api.Security.Authorization;

/// <summary>
/// Declares on graph types and fields which permission of <see cref="Permissions"/> reading them needs.
/// A selected field needs its own permission (if any), its parent type's and its return type's;
/// <see cref="PermissionValidationRule"/> enforces them before anything executes, and a test fails on any field that
/// declares none on itself or its parent type without being marked open to any caller.
/// </summary>
public static class PermissionMetadata
{
    private const string Key = "gateway:permission";
    private const string PublicKey = "gateway:public";

    public static TMetadataProvider RequirePermission<TMetadataProvider>(this TMetadataProvider provider,
        string permission)
        where TMetadataProvider : IProvideMetadata
    {
        if (!Permissions.All.Contains(permission))
            throw new ArgumentException($"'{permission}' is not in the permission catalogue.", nameof(permission));
        provider.Metadata[Key] = permission;
        return provider;
    }

    public static FieldBuilder<TSource, TReturn> RequirePermission<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> builder, string permission)
    {
        builder.FieldType.RequirePermission(permission);
        return builder;
    }

    /// <summary>Marks a field or type that any authenticated caller may read (structure such as paging, never
    /// data).</summary>
    public static TMetadataProvider AllowAnyCaller<TMetadataProvider>(this TMetadataProvider provider)
        where TMetadataProvider : IProvideMetadata
    {
        provider.Metadata[PublicKey] = true;
        return provider;
    }

    public static string? GetRequiredPermission(this IProvideMetadata provider) =>
        provider.Metadata.TryGetValue(Key, out var value) ? value as string : null;

    public static bool AllowsAnyCaller(this IProvideMetadata provider) => provider.Metadata.ContainsKey(PublicKey);
}

using GraphQL.Builders;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>
/// Marks a root field whose answer is a shared aggregate: numbers for the caller's scope, the same for every caller of
/// that unit with the same permissions, never about the caller as a person. An answer whose every root field is so
/// marked may be kept by the caller's browser for a while and by the per-tenant result cache (GraphQL/Transport);
/// any other answer is <c>no-store</c> and never kept.
/// </summary>
public static class SharedAggregateMetadata
{
    private const string Key = "gateway:cachedPerTenant";

    public static TMetadataProvider CachedPerTenant<TMetadataProvider>(this TMetadataProvider provider)
        where TMetadataProvider : IProvideMetadata
    {
        provider.Metadata[Key] = true;
        return provider;
    }

    public static FieldBuilder<TSource, TReturn> CachedPerTenant<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> builder)
    {
        builder.FieldType.CachedPerTenant();
        return builder;
    }

    public static bool IsCachedPerTenant(this IProvideMetadata provider) => provider.Metadata.ContainsKey(Key);
}

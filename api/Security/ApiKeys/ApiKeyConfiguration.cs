using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Security.ApiKeys;

public sealed class ApiKeyConfiguration : TenantOwnedConfiguration<ApiKey>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasOne(k => k.ApiClient).WithMany().HasForeignKey(k => k.ApiClientId);
        builder.Property(k => k.KeyId).HasMaxLength(ApiKeyFormat.KeyIdLength).IsRequired();
        // Key ids are global: a presented key is found by its id before any caller scope exists.
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.Label).HasMaxLength(ApiKey.LabelMaxLength).IsRequired();
        builder.Property(k => k.SecretHash).HasMaxLength(32).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(200).IsRequired();
    }
}

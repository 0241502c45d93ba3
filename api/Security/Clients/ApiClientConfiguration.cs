using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Security.Clients;

public sealed class ApiClientConfiguration : TenantOwnedConfiguration<ApiClient>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ApiClient> builder)
    {
        builder.Property(c => c.ClientId).HasMaxLength(ApiClient.ClientIdMaxLength).IsRequired();
        // Client ids are global: they name OpenIddict applications, which are not per tenant.
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.DisplayName).HasMaxLength(ApiClient.DisplayNameMaxLength).IsRequired();
        builder.PrimitiveCollection(c => c.Roles);
        builder.PrimitiveCollection(c => c.AllowedAddresses);
        builder.PrimitiveCollection(c => c.AllowedOrigins);
        builder.Property(c => c.SecurityStamp).HasMaxLength(64).IsRequired();
    }
}

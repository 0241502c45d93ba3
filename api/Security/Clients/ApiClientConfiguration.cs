using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Security.Clients;

public sealed class ApiClientConfiguration : TenantOwnedConfiguration<ApiClient>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ApiClient> builder)
    {
        builder.Property(c => c.ClientId).HasMaxLength(100).IsRequired();
        // Client ids are global: they name OpenIddict applications, which are not per tenant.
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.DisplayName).HasMaxLength(200).IsRequired();
        builder.PrimitiveCollection(c => c.Roles);
    }
}

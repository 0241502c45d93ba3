using Gateway.Api.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Security.Accounts;

public sealed class GatewayUserConfiguration : IEntityTypeConfiguration<GatewayUser>
{
    public void Configure(EntityTypeBuilder<GatewayUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.UnitId);
    }
}

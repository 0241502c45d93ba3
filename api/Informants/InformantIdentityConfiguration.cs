using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class InformantIdentityConfiguration : TenantOwnedConfiguration<InformantIdentity>
{
    protected override void ConfigureEntity(EntityTypeBuilder<InformantIdentity> builder)
    {
        builder.HasOne(i => i.Informant).WithOne(i => i.Identity).HasForeignKey<InformantIdentity>(i => i.InformantId);
        builder.Property(i => i.RealName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.IdNumber).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Phone).HasMaxLength(200).IsRequired();
    }
}

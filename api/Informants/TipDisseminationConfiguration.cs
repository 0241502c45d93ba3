using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class TipDisseminationConfiguration : TenantOwnedConfiguration<TipDissemination>
{
    protected override void ConfigureEntity(EntityTypeBuilder<TipDissemination> builder)
    {
        builder.HasOne(d => d.Tip).WithMany().HasForeignKey(d => d.TipId);
        builder.HasOne(d => d.DisseminatedBy).WithMany().HasForeignKey(d => d.DisseminatedById);
        builder.Property(d => d.Recipient).HasMaxLength(TipDissemination.RecipientMaxLength).IsRequired();
    }
}

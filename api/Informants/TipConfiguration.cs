using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class TipConfiguration : TenantOwnedConfiguration<Tip>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Tip> builder)
    {
        builder.Property(t => t.Content).HasMaxLength(4000).IsRequired();
        builder.Property(t => t.DisseminatedTo).HasMaxLength(200);
        builder.HasOne(t => t.Informant).WithMany().HasForeignKey(t => t.InformantId);
        builder.HasOne(t => t.ReceivedBy).WithMany().HasForeignKey(t => t.ReceivedById);
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class TipConfiguration : TenantOwnedConfiguration<Tip>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Tip> builder)
    {
        builder.Property(t => t.Content).HasMaxLength(Tip.ContentMaxLength).IsRequired();
        builder.HasOne(t => t.Informant).WithMany().HasForeignKey(t => t.InformantId);
        builder.HasOne(t => t.ReceivedBy).WithMany().HasForeignKey(t => t.ReceivedById);
        builder.HasOne(t => t.MarkedUsefulBy).WithMany().HasForeignKey(t => t.MarkedUsefulById);
    }
}

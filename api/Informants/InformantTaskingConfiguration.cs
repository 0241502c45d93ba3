using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class InformantTaskingConfiguration : TenantOwnedConfiguration<InformantTasking>
{
    protected override void ConfigureEntity(EntityTypeBuilder<InformantTasking> builder)
    {
        builder.HasOne(t => t.Informant).WithMany().HasForeignKey(t => t.InformantId);
        builder.HasOne(t => t.TaskedBy).WithMany().HasForeignKey(t => t.TaskedById);
        builder.Property(t => t.Direction).HasMaxLength(InformantTasking.DirectionMaxLength).IsRequired();
    }
}

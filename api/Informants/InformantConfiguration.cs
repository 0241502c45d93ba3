using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class InformantConfiguration : TenantOwnedConfiguration<Informant>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Informant> builder)
    {
        builder.Property(i => i.CodeName).HasMaxLength(Informant.CodeNameMaxLength).IsRequired();
        builder.HasIndex(i => new { i.OwnerUnitId, i.CodeName }).IsUnique();
        builder.Property(i => i.DeactivationReason).HasMaxLength(Informant.ReasonMaxLength);
        builder.HasOne(i => i.RegisteredBy).WithMany().HasForeignKey(i => i.RegisteredById);
        builder.HasOne(i => i.DeactivatedBy).WithMany().HasForeignKey(i => i.DeactivatedById);
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class InformantContactConfiguration : TenantOwnedConfiguration<InformantContact>
{
    protected override void ConfigureEntity(EntityTypeBuilder<InformantContact> builder)
    {
        builder.HasOne(c => c.Informant).WithMany().HasForeignKey(c => c.InformantId);
        builder.HasOne(c => c.Officer).WithMany().HasForeignKey(c => c.OfficerId);
        builder.Property(c => c.Direction).HasMaxLength(InformantContact.DirectionMaxLength);
    }
}

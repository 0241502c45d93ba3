using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class InformantTrainingConfiguration : TenantOwnedConfiguration<InformantTraining>
{
    protected override void ConfigureEntity(EntityTypeBuilder<InformantTraining> builder)
    {
        builder.HasOne(t => t.Informant).WithMany().HasForeignKey(t => t.InformantId);
        builder.HasOne(t => t.RecordedBy).WithMany().HasForeignKey(t => t.RecordedById);
    }
}

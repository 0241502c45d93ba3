using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class InformantHandlingConfiguration : TenantOwnedConfiguration<InformantHandling>
{
    protected override void ConfigureEntity(EntityTypeBuilder<InformantHandling> builder)
    {
        builder.HasOne(h => h.Informant).WithMany().HasForeignKey(h => h.InformantId);
        builder.HasOne(h => h.Person).WithMany().HasForeignKey(h => h.PersonId);
        builder.HasOne(h => h.AssignedBy).WithMany().HasForeignKey(h => h.AssignedById);
    }
}

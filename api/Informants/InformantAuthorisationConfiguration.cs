using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class InformantAuthorisationConfiguration : TenantOwnedConfiguration<InformantAuthorisation>
{
    protected override void ConfigureEntity(EntityTypeBuilder<InformantAuthorisation> builder)
    {
        builder.HasOne(a => a.Informant).WithMany().HasForeignKey(a => a.InformantId);
        builder.HasOne(a => a.AuthorisedBy).WithMany().HasForeignKey(a => a.AuthorisedById);
        builder.Property(a => a.AuthorisedByActor).HasMaxLength(200).IsRequired();
        builder.ToTable(t => t.HasCheckConstraint("CK_InformantAuthorisation_Period",
            "\"ValidUntil\" >= \"ValidFrom\""));
    }
}

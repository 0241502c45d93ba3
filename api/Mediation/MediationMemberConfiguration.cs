using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationMemberConfiguration : TenantOwnedConfiguration<MediationMember>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationMember> builder)
    {
        builder.HasOne(m => m.Committee).WithMany().HasForeignKey(m => m.CommitteeId);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId);
    }
}

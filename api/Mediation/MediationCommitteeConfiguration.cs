using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationCommitteeConfiguration : TenantOwnedConfiguration<MediationCommittee>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationCommittee> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(MediationCommittee.NameMaxLength).IsRequired();
        builder.Property(c => c.NameZh).HasMaxLength(MediationCommittee.NameMaxLength).IsRequired();
        builder.HasOne(c => c.Chair).WithMany().HasForeignKey(c => c.ChairId);
    }
}

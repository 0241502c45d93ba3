using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationPartyConfiguration : TenantOwnedConfiguration<MediationParty>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationParty> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(MediationParty.NameMaxLength).IsRequired();
        builder.Property(p => p.Address).HasMaxLength(MediationParty.AddressMaxLength);
        builder.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId);
        builder.HasOne(p => p.Resident).WithMany().HasForeignKey(p => p.ResidentId);
    }
}

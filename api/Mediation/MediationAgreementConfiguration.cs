using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationAgreementConfiguration : TenantOwnedConfiguration<MediationAgreement>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationAgreement> builder)
    {
        builder.Property(a => a.Facts).HasMaxLength(MediationAgreement.TextMaxLength).IsRequired();
        builder.Property(a => a.Matters).HasMaxLength(MediationAgreement.TextMaxLength).IsRequired();
        builder.Property(a => a.Terms).HasMaxLength(MediationAgreement.TextMaxLength).IsRequired();
        builder.Property(a => a.FollowUpNote).HasMaxLength(MediationCase.ReasonMaxLength);
        builder.HasOne(a => a.Case).WithMany().HasForeignKey(a => a.CaseId);
        builder.HasIndex(a => a.CaseId).IsUnique();
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationAgreementConfiguration : TenantOwnedConfiguration<MediationAgreement>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationAgreement> builder)
    {
        builder.HasOne(a => a.Case).WithMany().HasForeignKey(a => a.CaseId);
        builder.HasIndex(a => a.CaseId).IsUnique();
    }
}

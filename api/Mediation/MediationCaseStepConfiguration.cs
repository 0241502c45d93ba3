using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationCaseStepConfiguration : TenantOwnedConfiguration<MediationCaseStep>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationCaseStep> builder)
    {
        builder.Property(s => s.Actor).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Note).HasMaxLength(MediationCase.SummaryMaxLength);
        builder.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId);
        builder.HasOne(s => s.By).WithMany().HasForeignKey(s => s.ById);
    }
}

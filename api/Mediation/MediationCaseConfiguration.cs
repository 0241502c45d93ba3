using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationCaseConfiguration : TenantOwnedConfiguration<MediationCase>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationCase> builder)
    {
        builder.Property(c => c.CaseNumber).HasMaxLength(MediationCase.CaseNumberMaxLength).IsRequired();
        builder.HasIndex(c => new { c.OwnerUnitId, c.CaseNumber }).IsUnique();
        builder.Property(c => c.Summary).HasMaxLength(MediationCase.SummaryMaxLength).IsRequired();
        builder.Property(c => c.DeclineReason).HasMaxLength(MediationCase.ReasonMaxLength);
        builder.Property(c => c.Findings).HasMaxLength(MediationCase.SummaryMaxLength);
        builder.Property(c => c.FailureReason).HasMaxLength(MediationCase.ReasonMaxLength);
        builder.Property(c => c.ReferredTo).HasMaxLength(MediationCase.ReasonMaxLength);
        builder.HasOne(c => c.Committee).WithMany().HasForeignKey(c => c.CommitteeId);
        builder.HasOne(c => c.Grid).WithMany().HasForeignKey(c => c.GridId);
    }
}

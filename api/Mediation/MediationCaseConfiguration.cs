using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationCaseConfiguration : TenantOwnedConfiguration<MediationCase>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationCase> builder)
    {
        builder.Property(c => c.CaseNumber).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => new { c.OwnerUnitId, c.CaseNumber }).IsUnique();
        builder.Property(c => c.Summary).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.Parties).HasMaxLength(500).IsRequired();
        builder.HasOne(c => c.Committee).WithMany().HasForeignKey(c => c.CommitteeId);
        builder.HasOne(c => c.Grid).WithMany().HasForeignKey(c => c.GridId);
    }
}

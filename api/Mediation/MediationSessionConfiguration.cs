using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationSessionConfiguration : TenantOwnedConfiguration<MediationSession>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationSession> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Mediators).HasMaxLength(500).IsRequired();
        builder.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId);
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationSessionConfiguration : TenantOwnedConfiguration<MediationSession>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationSession> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(MediationSession.PlaceMaxLength).IsRequired();
        builder.Property(s => s.Record).HasMaxLength(MediationSession.RecordMaxLength).IsRequired();
        builder.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId);
    }
}

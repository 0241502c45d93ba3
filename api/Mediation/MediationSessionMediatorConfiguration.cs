using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Mediation;

public sealed class MediationSessionMediatorConfiguration : TenantOwnedConfiguration<MediationSessionMediator>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MediationSessionMediator> builder)
    {
        builder.HasOne(m => m.Session).WithMany().HasForeignKey(m => m.SessionId);
        builder.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId);
        builder.HasIndex(m => new { m.SessionId, m.MemberId }).IsUnique();
    }
}

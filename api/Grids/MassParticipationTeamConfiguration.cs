using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Grids;

public sealed class MassParticipationTeamConfiguration : TenantOwnedConfiguration<MassParticipationTeam>
{
    protected override void ConfigureEntity(EntityTypeBuilder<MassParticipationTeam> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.HasOne(t => t.Grid).WithMany().HasForeignKey(t => t.GridId);
    }
}

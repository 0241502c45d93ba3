using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.FieldWork;

public sealed class WorkTargetsConfiguration : TenantOwnedConfiguration<WorkTargets>
{
    protected override void ConfigureEntity(EntityTypeBuilder<WorkTargets> builder)
    {
        // One set of targets per unit: the unit that owns the row is the unit it configures.
        builder.HasIndex(t => t.OwnerUnitId).IsUnique();
    }
}

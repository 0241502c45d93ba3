using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Offices;

public sealed class StationSquadConfiguration : TenantOwnedConfiguration<StationSquad>
{
    protected override void ConfigureEntity(EntityTypeBuilder<StationSquad> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100).IsRequired();
        builder.Property(s => s.NameZh).HasMaxLength(100).IsRequired();
        builder.HasIndex(s => new { s.OwnerUnitId, s.Kind }).IsUnique();
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Grids;

public sealed class GridRevisionConfiguration : TenantOwnedConfiguration<GridRevision>
{
    protected override void ConfigureEntity(EntityTypeBuilder<GridRevision> builder)
    {
        builder.HasOne(r => r.Grid).WithMany().HasForeignKey(r => r.GridId);
        builder.HasIndex(r => new { r.GridId, r.Number }).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(Grid.NameMaxLength).IsRequired();
        builder.Property(r => r.Streets).HasMaxLength(Grid.StreetsMaxLength).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(GridRevision.ReasonMaxLength).IsRequired();
        builder.Property(r => r.RecordedBy).HasMaxLength(GridRevision.RecordedByMaxLength).IsRequired();
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Grids;

public sealed class CameraPointConfiguration : TenantOwnedConfiguration<CameraPoint>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CameraPoint> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Location).HasMaxLength(200).IsRequired();
        builder.HasOne(c => c.Grid).WithMany().HasForeignKey(c => c.GridId);
    }
}

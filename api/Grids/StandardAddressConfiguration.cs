using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Grids;

public sealed class StandardAddressConfiguration : TenantOwnedConfiguration<StandardAddress>
{
    protected override void ConfigureEntity(EntityTypeBuilder<StandardAddress> builder)
    {
        builder.Property(a => a.DivisionCode).HasMaxLength(12).IsRequired();
        builder.Property(a => a.Street).HasMaxLength(100).IsRequired();
        builder.Property(a => a.DoorNumber).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Building).HasMaxLength(20);
        builder.Property(a => a.BuildingUnit).HasMaxLength(20);
        builder.Property(a => a.Room).HasMaxLength(20);
        builder.HasOne(a => a.Grid).WithMany().HasForeignKey(a => a.GridId);
    }
}

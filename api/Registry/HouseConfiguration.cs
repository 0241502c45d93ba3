using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Registry;

public sealed class HouseConfiguration : TenantOwnedConfiguration<House>
{
    protected override void ConfigureEntity(EntityTypeBuilder<House> builder)
    {
        builder.Property(h => h.HolderName).HasMaxLength(House.NameMaxLength).IsRequired();
        builder.Property(h => h.HolderPhone).HasMaxLength(20);
        builder.Property(h => h.LandlordName).HasMaxLength(House.NameMaxLength);
        builder.Property(h => h.LandlordPhone).HasMaxLength(20);
        builder.HasOne(h => h.Grid).WithMany().HasForeignKey(h => h.GridId);
        builder.HasOne(h => h.Address).WithMany().HasForeignKey(h => h.AddressId);
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Registry;

public sealed class RegisteredUnitConfiguration : TenantOwnedConfiguration<RegisteredUnit>
{
    protected override void ConfigureEntity(EntityTypeBuilder<RegisteredUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(RegisteredUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.ContactName).HasMaxLength(RegisteredUnit.ContactNameMaxLength);
        builder.Property(u => u.ContactPhone).HasMaxLength(20);
        builder.HasOne(u => u.Grid).WithMany().HasForeignKey(u => u.GridId);
        builder.HasOne(u => u.Address).WithMany().HasForeignKey(u => u.AddressId);
    }
}

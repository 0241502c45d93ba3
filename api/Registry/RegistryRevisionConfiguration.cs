using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Registry;

public sealed class RegistryRevisionConfiguration : TenantOwnedConfiguration<RegistryRevision>
{
    /// <summary>A revision names exactly one record.</summary>
    public const string OneRecord = "CK_RegistryRevision_OneRecord";

    protected override void ConfigureEntity(EntityTypeBuilder<RegistryRevision> builder)
    {
        builder.HasOne(r => r.StandardAddress).WithMany().HasForeignKey(r => r.StandardAddressId);
        builder.HasOne(r => r.Resident).WithMany().HasForeignKey(r => r.ResidentId);
        builder.HasOne(r => r.House).WithMany().HasForeignKey(r => r.HouseId);
        builder.HasOne(r => r.RegisteredUnit).WithMany().HasForeignKey(r => r.RegisteredUnitId);
        builder.Property(r => r.RecordedBy).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ChangesJson).IsRequired();
        // "Records updated in a period" counts by time in scope.
        builder.HasIndex(r => new { r.OwnerPath, r.At });
        builder.ToTable(t => t.HasCheckConstraint(OneRecord,
            "(\"StandardAddressId\" IS NOT NULL) + (\"ResidentId\" IS NOT NULL) + (\"HouseId\" IS NOT NULL) "
            + "+ (\"RegisteredUnitId\" IS NOT NULL) = 1"));
    }
}

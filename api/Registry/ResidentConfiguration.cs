using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Registry;

public sealed class ResidentConfiguration : TenantOwnedConfiguration<Resident>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Resident> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Resident.NameMaxLength).IsRequired();
        builder.Property(r => r.IdNumber).HasMaxLength(18).IsRequired();
        builder.Property(r => r.IdNumberIndex).HasMaxLength(64);
        builder.HasIndex(r => r.IdNumberIndex);
        builder.Property(r => r.Phone).HasMaxLength(20);
        builder.HasOne(r => r.Grid).WithMany().HasForeignKey(r => r.GridId);
        builder.HasOne(r => r.Address).WithMany().HasForeignKey(r => r.AddressId);
        builder.HasMany<FieldWorkEvent>().WithOne().HasForeignKey(e => e.ResidentId);
    }
}

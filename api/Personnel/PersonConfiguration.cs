using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Personnel;

public sealed class PersonConfiguration : TenantOwnedConfiguration<Person>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Person.NameMaxLength).IsRequired();
        builder.Property(p => p.BadgeNumber).HasMaxLength(Person.BadgeNumberMaxLength);
        builder.HasIndex(p => new { p.OwnerUnitId, p.BadgeNumber }).IsUnique();
        builder.Property(p => p.Phone).HasMaxLength(Person.PhoneMaxLength);
        builder.Property(p => p.IdNumber).HasMaxLength(18);
        builder.HasOne(p => p.SuppliedBy).WithMany().HasForeignKey(p => p.SuppliedById);
        builder.HasOne(p => p.DeactivatedBy).WithMany().HasForeignKey(p => p.DeactivatedById);
    }
}

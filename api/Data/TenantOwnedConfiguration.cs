using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Data;

/// <summary>Maps the owner columns every tenant-owned table shares; areas add their own columns in
/// <see cref="ConfigureEntity"/>.</summary>
public abstract class TenantOwnedConfiguration<T> : IEntityTypeConfiguration<T> where T : TenantOwnedEntity
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.HasOne(e => e.OwnerUnit).WithMany().HasForeignKey(e => e.OwnerUnitId);
        builder.Property(e => e.OwnerPath).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => e.OwnerPath);
        ConfigureEntity(builder);
    }

    protected abstract void ConfigureEntity(EntityTypeBuilder<T> builder);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Offices;

public sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(OrgUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.NameZh).HasMaxLength(OrgUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.Path).HasMaxLength(200).IsRequired();
        builder.HasIndex(u => u.Path);
        builder.Property(u => u.Address).HasMaxLength(200);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId);
        builder.HasOne(u => u.MergedInto).WithMany().HasForeignKey(u => u.MergedIntoId);
        builder.HasOne(u => u.HostCommunity).WithMany().HasForeignKey(u => u.HostCommunityId);
    }
}

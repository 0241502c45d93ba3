using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Assessment;

public sealed class DutyItemConfiguration : IEntityTypeConfiguration<DutyItem>
{
    public void Configure(EntityTypeBuilder<DutyItem> builder)
    {
        builder.HasOne(i => i.Category).WithMany().HasForeignKey(i => i.CategoryId);
        builder.HasOne(i => i.RetiredBy).WithMany().HasForeignKey(i => i.RetiredById);
        builder.HasOne(i => i.AddedBy).WithMany().HasForeignKey(i => i.AddedById);
        builder.Property(i => i.Code).HasMaxLength(DutyItem.CodeMaxLength).IsRequired();
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.TextZh).HasMaxLength(DutyItem.TextMaxLength).IsRequired();
        builder.Property(i => i.Text).HasMaxLength(DutyItem.TextMaxLength).IsRequired();
    }
}

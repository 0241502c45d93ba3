using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Assessment;

public sealed class DutyCategoryConfiguration : IEntityTypeConfiguration<DutyCategory>
{
    public void Configure(EntityTypeBuilder<DutyCategory> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(DutyCategory.NameMaxLength).IsRequired();
        builder.Property(c => c.NameZh).HasMaxLength(DutyCategory.NameMaxLength).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        // The five are the model's, so every database has them, demo or not.
        builder.HasData(DutyCategory.All.Select(c => new DutyCategory
        {
            Id = c.Id, Code = c.Code, Name = c.Name, NameZh = c.NameZh, Ordinal = c.Ordinal,
        }));
    }
}

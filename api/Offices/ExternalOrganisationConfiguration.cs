using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Offices;

public sealed class ExternalOrganisationConfiguration : IEntityTypeConfiguration<ExternalOrganisation>
{
    public void Configure(EntityTypeBuilder<ExternalOrganisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.NameZh).HasMaxLength(100).IsRequired();
        builder.Property(o => o.Hotline).HasMaxLength(20);
    }
}

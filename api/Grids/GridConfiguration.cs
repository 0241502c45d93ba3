using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Grids;

public sealed class GridConfiguration : TenantOwnedConfiguration<Grid>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Grid> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(Grid.CodeMaxLength).IsRequired();
        builder.HasIndex(g => new { g.OwnerUnitId, g.Code }).IsUnique();
        builder.Property(g => g.Name).HasMaxLength(Grid.NameMaxLength).IsRequired();
        builder.Property(g => g.Streets).HasMaxLength(Grid.StreetsMaxLength).IsRequired();
        builder.HasOne(g => g.Community).WithMany().HasForeignKey(g => g.CommunityId);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Grid_Households", "\"Households\" >= 0 AND \"Residents\" >= 0");
            t.HasCheckConstraint("CK_Grid_Period", "\"RetiredOn\" IS NULL OR \"RetiredOn\" >= \"OpenedOn\"");
        });
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Grids;

public sealed class GridSuccessionConfiguration : TenantOwnedConfiguration<GridSuccession>
{
    protected override void ConfigureEntity(EntityTypeBuilder<GridSuccession> builder)
    {
        builder.HasOne(s => s.Predecessor).WithMany().HasForeignKey(s => s.PredecessorId);
        builder.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId);
    }
}

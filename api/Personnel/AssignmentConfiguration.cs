using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Personnel;

public sealed class AssignmentConfiguration : TenantOwnedConfiguration<Assignment>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Assignment> builder)
    {
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId);
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId);
        builder.HasOne(a => a.Grid).WithMany().HasForeignKey(a => a.GridId);
        builder.HasOne(a => a.Squad).WithMany().HasForeignKey(a => a.SquadId);
        builder.HasOne(a => a.AssignedBy).WithMany().HasForeignKey(a => a.AssignedById);
        builder.HasOne(a => a.EndedBy).WithMany().HasForeignKey(a => a.EndedById);
        builder.ToTable(t => t.HasCheckConstraint("CK_Assignment_Period", "\"To\" IS NULL OR \"To\" >= \"From\""));
    }
}

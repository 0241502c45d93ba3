using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.StationDuty;

public sealed class StationCaseAssignmentConfiguration : TenantOwnedConfiguration<StationCaseAssignment>
{
    protected override void ConfigureEntity(EntityTypeBuilder<StationCaseAssignment> builder)
    {
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId);
        builder.Property(c => c.CaseNumber).HasMaxLength(StationCaseAssignment.CaseNumberMaxLength).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(StationCaseAssignment.TitleMaxLength).IsRequired();
        builder.HasIndex(c => new { c.OwnerUnitId, c.CaseNumber });
        builder.HasIndex(c => new { c.PersonId, c.AssignedOn });
    }
}

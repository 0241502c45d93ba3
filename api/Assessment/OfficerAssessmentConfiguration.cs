using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Assessment;

public sealed class OfficerAssessmentConfiguration : TenantOwnedConfiguration<OfficerAssessment>
{
    protected override void ConfigureEntity(EntityTypeBuilder<OfficerAssessment> builder)
    {
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId);
        builder.HasOne(a => a.OpenedBy).WithMany().HasForeignKey(a => a.OpenedById);
        builder.HasOne(a => a.BureauEntry).WithMany().HasForeignKey(a => a.BureauEntryId);
        builder.HasOne(a => a.CommunityEntry).WithMany().HasForeignKey(a => a.CommunityEntryId);
        builder.HasOne(a => a.ResidentsEntry).WithMany().HasForeignKey(a => a.ResidentsEntryId);
        // One assessment per officer and period.
        builder.HasIndex(a => new { a.PersonId, a.From, a.To }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_OfficerAssessment_Period", "\"To\" >= \"From\""));
    }
}

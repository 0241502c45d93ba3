using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Assessment;

public sealed class GridWorkerAssessmentConfiguration : TenantOwnedConfiguration<GridWorkerAssessment>
{
    protected override void ConfigureEntity(EntityTypeBuilder<GridWorkerAssessment> builder)
    {
        builder.HasOne(a => a.GridWorker).WithMany().HasForeignKey(a => a.GridWorkerId);
        builder.HasOne(a => a.AssessedBy).WithMany().HasForeignKey(a => a.AssessedById);
        builder.HasOne(a => a.RecordedBy).WithMany().HasForeignKey(a => a.RecordedById);
        builder.Property(a => a.Comment).HasMaxLength(GridWorkerAssessment.CommentMaxLength);
        // One assessment per grid worker and period.
        builder.HasIndex(a => new { a.GridWorkerId, a.From, a.To }).IsUnique();
        builder.HasIndex(a => a.AssessedById);
        builder.ToTable(t => t.HasCheckConstraint("CK_GridWorkerAssessment_Period", "\"To\" >= \"From\""));
    }
}

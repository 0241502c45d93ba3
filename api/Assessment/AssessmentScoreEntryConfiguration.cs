using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Assessment;

public sealed class AssessmentScoreEntryConfiguration : TenantOwnedConfiguration<AssessmentScoreEntry>
{
    protected override void ConfigureEntity(EntityTypeBuilder<AssessmentScoreEntry> builder)
    {
        builder.HasOne(e => e.Assessment).WithMany().HasForeignKey(e => e.AssessmentId);
        builder.HasOne(e => e.RecordedBy).WithMany().HasForeignKey(e => e.RecordedById);
        builder.HasOne(e => e.RecordedInUnit).WithMany().HasForeignKey(e => e.RecordedInUnitId);
        builder.Property(e => e.Comment).HasMaxLength(AssessmentScoreEntry.CommentMaxLength);
        builder.HasIndex(e => new { e.AssessmentId, e.Party });
    }
}

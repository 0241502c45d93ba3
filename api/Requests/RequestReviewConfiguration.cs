using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class RequestReviewConfiguration : TenantOwnedConfiguration<RequestReview>
{
    protected override void ConfigureEntity(EntityTypeBuilder<RequestReview> builder)
    {
        builder.Property(r => r.Reviewer).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(ServiceRequest.NoteMaxLength);
        builder.HasOne(r => r.Request).WithMany().HasForeignKey(r => r.RequestId);
        builder.HasIndex(r => new { r.RequestId, r.Level }).IsUnique();
        // One account reviews at most one level of a request.
        builder.HasIndex(r => new { r.RequestId, r.Reviewer }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_RequestReview_Level", "\"Level\" BETWEEN 1 AND 4"));
    }
}

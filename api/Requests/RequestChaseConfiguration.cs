using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class RequestChaseConfiguration : TenantOwnedConfiguration<RequestChase>
{
    protected override void ConfigureEntity(EntityTypeBuilder<RequestChase> builder)
    {
        builder.Property(c => c.ChasedBy).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Note).HasMaxLength(ServiceRequest.NoteMaxLength);
        builder.HasOne(c => c.Request).WithMany().HasForeignKey(c => c.RequestId);
        // Two runs of the chase job, even at once, raise one automatic chase per request and deadline.
        builder.HasIndex(c => new { c.RequestId, c.Deadline }).IsUnique().HasFilter("\"Automatic\"");
        // A period's chases, for statistics.
        builder.HasIndex(c => new { c.ChasedAt, c.OwnerPath });
    }
}

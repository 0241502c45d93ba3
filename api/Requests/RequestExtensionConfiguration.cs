using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class RequestExtensionConfiguration : TenantOwnedConfiguration<RequestExtension>
{
    protected override void ConfigureEntity(EntityTypeBuilder<RequestExtension> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(ServiceRequest.NoteMaxLength).IsRequired();
        builder.Property(e => e.RequestedBy).HasMaxLength(100).IsRequired();
        builder.Property(e => e.DecidedBy).HasMaxLength(100);
        builder.Property(e => e.DecisionNote).HasMaxLength(ServiceRequest.NoteMaxLength);
        builder.HasOne(e => e.Request).WithMany().HasForeignKey(e => e.RequestId);
        // One open extension request at a time.
        builder.HasIndex(e => e.RequestId).IsUnique().HasFilter("\"Decision\" IS NULL");
        // A period's decisions, for statistics.
        builder.HasIndex(e => new { e.DecidedAt, e.OwnerPath });
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class ReturnVisitConfiguration : TenantOwnedConfiguration<ReturnVisit>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ReturnVisit> builder)
    {
        builder.Property(v => v.VisitedBy).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Note).HasMaxLength(ServiceRequest.NoteMaxLength);
        builder.HasOne(v => v.Request).WithMany().HasForeignKey(v => v.RequestId);
        // A period's return visits, for statistics.
        builder.HasIndex(v => new { v.VisitedAt, v.OwnerPath });
    }
}

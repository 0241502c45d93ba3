using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class ServiceRequestConfiguration : TenantOwnedConfiguration<ServiceRequest>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(40).IsRequired();
        builder.HasIndex(r => new { r.OwnerUnitId, r.Number }).IsUnique();
        builder.Property(r => r.ReceivedBy).HasMaxLength(100).IsRequired();
        builder.Property(r => r.TicketNumber).HasMaxLength(40);
        builder.HasIndex(r => r.TicketNumber).IsUnique();
        builder.Property(r => r.CallerName).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(ServiceRequest.SummaryMaxLength).IsRequired();
        builder.Property(r => r.RejectionReason).HasMaxLength(ServiceRequest.NoteMaxLength);
        builder.Property(r => r.DivertedBy).HasMaxLength(100);
        builder.Property(r => r.HandledBy).HasMaxLength(100);
        builder.Property(r => r.RepliedBy).HasMaxLength(100);
        builder.Property(r => r.Reply).HasMaxLength(ServiceRequest.SummaryMaxLength);
        builder.Property(r => r.ClosedBy).HasMaxLength(100);
        builder.HasOne(r => r.Grid).WithMany().HasForeignKey(r => r.GridId);
        builder.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId);
        builder.HasIndex(r => new { r.OwnerPath, r.ReceivedAt });
        // The requests open past their deadline, as the chase job finds them and statistics count them per unit: the
        // count reads the index alone (a city's thousands of open requests were a table lookup each).
        builder.HasIndex(r => new { r.Stage, r.Deadline, r.OwnerPath, r.OwnerUnitId });
        // Statistics count the requests diverted and replied in a period: these hold what those counts read, so a
        // period costs its own requests, not every request in scope.
        builder.HasIndex(r => new { r.DivertedAt, r.OwnerPath, r.OwnerUnitId, r.Kind });
        builder.HasIndex(r => new { r.RepliedAt, r.OwnerPath, r.OwnerUnitId, r.Deadline });
        builder.ToTable(t => t.HasCheckConstraint("CK_ServiceRequest_ReviewLevel", "\"ReviewLevel\" BETWEEN 1 AND 4"));
    }
}

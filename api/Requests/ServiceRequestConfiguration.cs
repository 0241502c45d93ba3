using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class ServiceRequestConfiguration : TenantOwnedConfiguration<ServiceRequest>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(40).IsRequired();
        builder.HasIndex(r => new { r.OwnerUnitId, r.Number }).IsUnique();
        builder.Property(r => r.TicketNumber).HasMaxLength(40);
        builder.Property(r => r.CallerName).HasMaxLength(50).IsRequired();
        builder.Property(r => r.CallerPhone).HasMaxLength(20);
        builder.Property(r => r.Summary).HasMaxLength(2000).IsRequired();
        builder.HasOne(r => r.Grid).WithMany().HasForeignKey(r => r.GridId);
        builder.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId);
        builder.HasIndex(r => new { r.OwnerPath, r.ReceivedAt });
    }
}

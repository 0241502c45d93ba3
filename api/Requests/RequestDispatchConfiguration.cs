using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class RequestDispatchConfiguration : TenantOwnedConfiguration<RequestDispatch>
{
    protected override void ConfigureEntity(EntityTypeBuilder<RequestDispatch> builder)
    {
        builder.Property(d => d.DispatchedBy).HasMaxLength(100).IsRequired();
        builder.Property(d => d.AcceptedBy).HasMaxLength(100);
        builder.Property(d => d.Reason).HasMaxLength(ServiceRequest.NoteMaxLength);
        builder.HasOne(d => d.Request).WithMany().HasForeignKey(d => d.RequestId);
        builder.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId);
        builder.HasIndex(d => new { d.RequestId, d.DispatchedAt });
        builder.HasIndex(d => new { d.DepartmentId, d.DispatchedAt });
    }
}

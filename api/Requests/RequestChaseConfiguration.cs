using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class RequestChaseConfiguration : TenantOwnedConfiguration<RequestChase>
{
    protected override void ConfigureEntity(EntityTypeBuilder<RequestChase> builder)
    {
        builder.Property(c => c.ChasedBy).HasMaxLength(50).IsRequired();
        builder.HasOne(c => c.Request).WithMany().HasForeignKey(c => c.RequestId);
    }
}

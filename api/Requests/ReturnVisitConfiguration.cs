using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class ReturnVisitConfiguration : TenantOwnedConfiguration<ReturnVisit>
{
    protected override void ConfigureEntity(EntityTypeBuilder<ReturnVisit> builder)
    {
        builder.HasOne(v => v.Request).WithMany().HasForeignKey(v => v.RequestId);
    }
}

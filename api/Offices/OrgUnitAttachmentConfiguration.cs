using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Offices;

public sealed class OrgUnitAttachmentConfiguration : TenantOwnedConfiguration<OrgUnitAttachment>
{
    protected override void ConfigureEntity(EntityTypeBuilder<OrgUnitAttachment> builder)
    {
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId);
        builder.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId);
    }
}

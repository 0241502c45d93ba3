using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Personnel;

public sealed class CommunityPostConfiguration : TenantOwnedConfiguration<CommunityPost>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CommunityPost> builder)
    {
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId);
        builder.HasOne(p => p.Community).WithMany().HasForeignKey(p => p.CommunityId);
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class RewardConfiguration : TenantOwnedConfiguration<Reward>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Reward> builder)
    {
        builder.HasOne(r => r.Informant).WithMany().HasForeignKey(r => r.InformantId);
        builder.HasOne(r => r.Tip).WithMany().HasForeignKey(r => r.TipId);
        builder.HasOne(r => r.OfferedBy).WithMany().HasForeignKey(r => r.OfferedById);
    }
}

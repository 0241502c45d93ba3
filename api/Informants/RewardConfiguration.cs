using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class RewardConfiguration : TenantOwnedConfiguration<Reward>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Reward> builder)
    {
        builder.HasOne(r => r.Informant).WithMany().HasForeignKey(r => r.InformantId);
        builder.HasOne(r => r.Tip).WithMany().HasForeignKey(r => r.TipId);
        builder.HasOne(r => r.ApprovedBy).WithMany().HasForeignKey(r => r.ApprovedById);
        // Money is stored in fen (see MoneyAsFenConverter): 50–500 yuan.
        builder.ToTable(t => t.HasCheckConstraint("CK_Reward_Amount", "\"Amount\" BETWEEN 5000 AND 50000"));
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class RewardEntryConfiguration : TenantOwnedConfiguration<RewardEntry>
{
    protected override void ConfigureEntity(EntityTypeBuilder<RewardEntry> builder)
    {
        builder.HasOne(e => e.Reward).WithMany().HasForeignKey(e => e.RewardId);
        builder.HasOne(e => e.RecordedBy).WithMany().HasForeignKey(e => e.RecordedById);
        builder.Property(e => e.Reason).HasMaxLength(RewardEntry.ReasonMaxLength);
        builder.Property(e => e.RecordedByActor).HasMaxLength(200).IsRequired();
        // Money is stored in fen (see MoneyAsFenConverter): an offer is 50–500 yuan, a correction within ±500.
        builder.ToTable(t => t.HasCheckConstraint("CK_RewardEntry_Amount",
            "(\"Kind\" = 'Offered' AND \"Amount\" BETWEEN 5000 AND 50000) "
            + "OR (\"Kind\" = 'Corrected' AND \"Amount\" BETWEEN -50000 AND 50000) "
            + "OR (\"Kind\" NOT IN ('Offered', 'Corrected') AND \"Amount\" IS NULL)"));
    }
}

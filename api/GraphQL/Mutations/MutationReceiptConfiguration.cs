using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.GraphQL.Mutations;

public sealed class MutationReceiptConfiguration : IEntityTypeConfiguration<MutationReceipt>
{
    public void Configure(EntityTypeBuilder<MutationReceipt> receipt)
    {
        receipt.Property(r => r.Caller).HasMaxLength(300);
        receipt.Property(r => r.Mutation).HasMaxLength(100);
        receipt.Property(r => r.Key).HasMaxLength(MutationReceipt.KeyMaxLength);
        receipt.Property(r => r.InputHash).HasMaxLength(64);
        receipt.HasIndex(r => new { r.Caller, r.Mutation, r.Key }).IsUnique();
    }
}

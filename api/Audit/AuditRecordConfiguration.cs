using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Audit;

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(100).IsRequired();
        builder.Property(a => a.ClientId).HasMaxLength(100);
        builder.Property(a => a.Operation).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ObjectIds).HasMaxLength(AuditRecord.ObjectIdsMaxLength).IsRequired();
        builder.Property(a => a.SourceAddress).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(64).IsRequired();
        builder.Property(a => a.TenantPath).HasMaxLength(200).IsRequired();
        builder.HasIndex(a => a.TenantPath);
        builder.HasIndex(a => a.OccurredAt);
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Personnel;

public sealed class OfficeStaffingSpanConfiguration : TenantOwnedConfiguration<OfficeStaffingSpan>
{
    protected override void ConfigureEntity(EntityTypeBuilder<OfficeStaffingSpan> builder)
    {
        builder.ToTable(OfficeStaffingRollup.Spans);
        // An office's spans in order: the rollup replaces them by office, statistics read them by office and day.
        builder.HasIndex(s => new { s.OwnerUnitId, s.From }).IsUnique();
    }
}

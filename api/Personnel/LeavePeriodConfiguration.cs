using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Personnel;

public sealed class LeavePeriodConfiguration : TenantOwnedConfiguration<LeavePeriod>
{
    protected override void ConfigureEntity(EntityTypeBuilder<LeavePeriod> builder)
    {
        builder.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId);
        builder.HasOne(l => l.RecordedBy).WithMany().HasForeignKey(l => l.RecordedById);
        builder.HasOne(l => l.CancelledBy).WithMany().HasForeignKey(l => l.CancelledById);
        builder.Property(l => l.Note).HasMaxLength(LeavePeriod.NoteMaxLength);
        builder.HasIndex(l => new { l.PersonId, l.From });
        builder.ToTable(t => t.HasCheckConstraint("CK_LeavePeriod_Period", "\"To\" >= \"From\""));
    }
}

using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.StationDuty;

public sealed class DutyShiftConfiguration : TenantOwnedConfiguration<DutyShift>
{
    protected override void ConfigureEntity(EntityTypeBuilder<DutyShift> builder)
    {
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId);
        builder.HasIndex(s => new { s.PersonId, s.Date });
        builder.HasIndex(s => new { s.OwnerPath, s.Date });
        builder.Property(s => s.Note).HasMaxLength(DutyShift.NoteMaxLength);
        builder.Property(s => s.CancellationReason).HasMaxLength(DutyShift.NoteMaxLength);
    }
}

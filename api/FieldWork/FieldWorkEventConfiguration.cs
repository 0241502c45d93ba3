using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.FieldWork;

public sealed class FieldWorkEventConfiguration : TenantOwnedConfiguration<FieldWorkEvent>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FieldWorkEvent> builder)
    {
        builder.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId);
        builder.HasOne(e => e.Grid).WithMany().HasForeignKey(e => e.GridId);
        builder.HasOne(e => e.RecordedBy).WithMany().HasForeignKey(e => e.RecordedById);
        builder.HasOne(e => e.VoidedBy).WithMany().HasForeignKey(e => e.VoidedById);
        builder.HasOne(e => e.CorrectedBy).WithOne().HasForeignKey<FieldWorkEvent>(e => e.CorrectedById);
        builder.HasIndex(e => new { e.PersonId, e.OccurredAt });
        builder.HasIndex(e => new { e.OwnerPath, e.OccurredAt });
        builder.HasIndex(e => new { e.OwnerUnitId, e.OccurredAt });
        builder.Property(e => e.Note).HasMaxLength(FieldWorkEvent.NoteMaxLength);
        builder.Property(e => e.RecordedByClient).HasMaxLength(FieldWorkEvent.ClientIdMaxLength);
        builder.Property(e => e.VoidedByClient).HasMaxLength(FieldWorkEvent.ClientIdMaxLength);
        builder.Property(e => e.CorrectionReason).HasMaxLength(FieldWorkEvent.ReasonMaxLength);
        builder.Property(e => e.VoidReason).HasMaxLength(FieldWorkEvent.ReasonMaxLength);
        builder.ToTable(t => t.HasCheckConstraint("CK_FieldWorkEvent_Count", "\"Count\" > 0"));
    }
}

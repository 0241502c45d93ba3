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
        builder.HasIndex(e => new { e.PersonId, e.OccurredAt });
        builder.HasIndex(e => new { e.OwnerPath, e.OccurredAt });
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.ToTable(t => t.HasCheckConstraint("CK_FieldWorkEvent_Count", "\"Count\" > 0"));
    }
}

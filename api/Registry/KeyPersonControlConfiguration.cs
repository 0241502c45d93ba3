using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Registry;

public sealed class KeyPersonControlConfiguration : TenantOwnedConfiguration<KeyPersonControl>
{
    protected override void ConfigureEntity(EntityTypeBuilder<KeyPersonControl> builder)
    {
        builder.HasOne(c => c.Resident).WithMany().HasForeignKey(c => c.ResidentId);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId);
        builder.Property(c => c.Note).HasMaxLength(KeyPersonControl.NoteMaxLength);
        builder.HasIndex(c => new { c.ResidentId, c.OccurredAt });
    }
}

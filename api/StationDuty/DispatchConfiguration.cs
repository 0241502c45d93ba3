using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.StationDuty;

public sealed class DispatchConfiguration : TenantOwnedConfiguration<Dispatch>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Dispatch> builder)
    {
        builder.HasOne(d => d.Person).WithMany().HasForeignKey(d => d.PersonId);
        builder.HasOne(d => d.DestinationGrid).WithMany().HasForeignKey(d => d.DestinationGridId);
        builder.HasOne(d => d.DestinationOffice).WithMany().HasForeignKey(d => d.DestinationOfficeId);
        builder.Property(d => d.DestinationText).HasMaxLength(Dispatch.DestinationTextMaxLength);
        builder.Property(d => d.Reason).HasMaxLength(Dispatch.ReasonMaxLength).IsRequired();
        builder.HasIndex(d => new { d.PersonId, d.DispatchedAt });
        builder.HasIndex(d => new { d.OwnerPath, d.DispatchedAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_Dispatch_OneDestination",
            "(CASE WHEN \"DestinationGridId\" IS NULL THEN 0 ELSE 1 END) "
            + "+ (CASE WHEN \"DestinationOfficeId\" IS NULL THEN 0 ELSE 1 END) "
            + "+ (CASE WHEN \"DestinationText\" IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}

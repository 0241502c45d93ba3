using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Informants;

public sealed class InformantConfiguration : TenantOwnedConfiguration<Informant>
{
    protected override void ConfigureEntity(EntityTypeBuilder<Informant> builder)
    {
        builder.Property(i => i.CodeName).HasMaxLength(40).IsRequired();
        builder.HasIndex(i => new { i.OwnerUnitId, i.CodeName }).IsUnique();
    }
}

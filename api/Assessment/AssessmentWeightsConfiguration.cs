using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Assessment;

public sealed class AssessmentWeightsConfiguration : TenantOwnedConfiguration<AssessmentWeights>
{
    protected override void ConfigureEntity(EntityTypeBuilder<AssessmentWeights> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_AssessmentWeights_Sum",
            "\"Bureau\" >= 0 AND \"Community\" >= 0 AND \"Residents\" >= 0 "
            + "AND \"Bureau\" + \"Community\" + \"Residents\" = 100"));
        builder.HasOne(w => w.SetBy).WithMany().HasForeignKey(w => w.SetById);
        // One row per unit: a unit has weights of its own or inherits them.
        builder.HasIndex(w => w.OwnerUnitId).IsUnique();
    }
}

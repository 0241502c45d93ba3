using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Requests;

public sealed class RequestScoringConfiguration : TenantOwnedConfiguration<RequestScoring>
{
    protected override void ConfigureEntity(EntityTypeBuilder<RequestScoring> builder)
    {
        builder.Property(s => s.ScoredBy).HasMaxLength(100).IsRequired();
        builder.HasOne(s => s.Request).WithMany().HasForeignKey(s => s.RequestId);
        builder.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId);
        // Scores are set once per request.
        builder.HasIndex(s => s.RequestId).IsUnique();
        // A period's scores, for statistics.
        builder.HasIndex(s => new { s.ScoredAt, s.OwnerPath });
    }
}

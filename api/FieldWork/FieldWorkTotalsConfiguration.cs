using Gateway.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.FieldWork;

public sealed class FieldWorkDayTotalConfiguration : TenantOwnedConfiguration<FieldWorkDayTotal>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FieldWorkDayTotal> builder)
    {
        builder.ToTable(FieldWorkRollupSql.DayTotals);
        // The upsert's conflict target; unit and day first, as an office's days are read.
        builder.HasIndex(t => new { t.OwnerUnitId, t.Day, t.GridKey, t.PersonId, t.Kind }).IsUnique();
        builder.HasIndex(t => new { t.PersonId, t.Day });
        builder.HasIndex(t => new { t.GridKey, t.Day });
    }
}

public sealed class FieldWorkUnitTotalConfiguration : TenantOwnedConfiguration<FieldWorkUnitTotal>
{
    protected override void ConfigureEntity(EntityTypeBuilder<FieldWorkUnitTotal> builder)
    {
        builder.ToTable(FieldWorkRollupSql.UnitTotals);
        // The upsert's conflict target; a unit's totals of one reach and grain over a period are one range of it.
        builder.HasIndex(t => new { t.OwnerUnitId, t.Reach, t.Grain, t.Start, t.Kind }).IsUnique();
        // Every unit's own totals of some kinds over a period, as reports per unit and the daily quotas read them: one
        // range per kind, read from the index alone (a city's month is thousands of rows, each a table lookup
        // otherwise). Own rows only: the subtree rows are read per unit, through the unique index.
        builder.HasIndex(t => new { t.Grain, t.Kind, t.Start, t.OwnerPath, t.OwnerUnitId, t.Count, t.Entries })
            .HasFilter("\"Reach\" = 'Own'").HasDatabaseName("IX_FieldWorkUnitTotals_OwnTotals");
    }
}

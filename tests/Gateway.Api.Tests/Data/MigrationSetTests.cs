using Gateway.Api.Data;
using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Data;

/// <summary>
/// Each engine keeps a migration set of its own (Data/Migrations/Sqlite, Data/Migrations/Postgres), and the two must
/// stay in step: PostgreSQL's set starts with one migration equal to the model of the day it came in, and every model
/// change after that is one migration of the same name in both sets (scripts/add-migration.sh adds both).
/// </summary>
public sealed class MigrationSetTests
{
    /// <summary>The SQLite migrations databases in the field already have, by id: moving them into a set of their own
    /// must not change one, or an existing database would try to create its tables again.</summary>
    private static readonly string[] SqliteMigrationsBeforePostgres =
    [
        "20261126234406_InitialCreate", "20261130210623_AuditRecordOccurrences", "20261201043858_OrgUnitVersion",
        "20261201050854_MutationReceipts", "20261201063406_StaffingManagement", "20261201100037_FieldWorkResident",
        "20261201101111_GridRevisionsAndSuccessions", "20261201104818_FieldWorkStatusAndWorkTargets",
        "20261201105137_RegistryWritesWithRevisions", "20261201111725_DutiesAndAssessment",
        "20261201113633_MentalHealthFlagEncryptedAtRest", "20261201124549_InformantAuthorisationsAndRewardLedger",
        "20261201133316_NonPoliceRequestLoop", "20261201134229_MediationWorkflowAndSharedDownwards",
        "20261201152002_ApiKeysAndClientAccess", "20261201171303_FieldWorkTotals",
    ];

    [Fact]
    public void The_sqlite_set_keeps_the_ids_existing_databases_have_applied()
    {
        using var db = Sqlite();

        Assert.Equal(SqliteMigrationsBeforePostgres,
            db.Database.GetMigrations().Take(SqliteMigrationsBeforePostgres.Length));
    }

    [Fact]
    public void Every_migration_after_postgres_came_in_is_in_both_sets()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();
        var postgresMigrations = postgres.Database.GetMigrations().ToList();
        var baseline = postgresMigrations[0];

        var sqliteSince = sqlite.Database.GetMigrations().Where(m => string.CompareOrdinal(m, baseline) > 0);

        Assert.Equal("InitialCreate", NameOf(baseline));
        Assert.Equal(postgresMigrations.Skip(1).Select(NameOf), sqliteSince.Select(NameOf));
    }

    [Fact]
    public void Neither_set_lacks_a_change_of_the_model()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        Assert.False(sqlite.Database.HasPendingModelChanges(), "The SQLite migrations lag behind the model.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "The PostgreSQL migrations lag behind the model.");
    }

    /// <summary>A migration's name: its id after the timestamp.</summary>
    private static string NameOf(string id) => id[(id.IndexOf('_') + 1)..];

    private static SqliteGatewayDbContext Sqlite() => new(
        new DbContextOptionsBuilder<SqliteGatewayDbContext>().UseSqlite("Data Source=:memory:").UseOpenIddict().Options,
        new TenantScope(), new ColumnProtector(new byte[32]));

    private static PostgresGatewayDbContext Postgres() => new(
        new DbContextOptionsBuilder<PostgresGatewayDbContext>().UseNpgsql("Host=unused").UseOpenIddict().Options,
        new TenantScope(), new ColumnProtector(new byte[32]));
}

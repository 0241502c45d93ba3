using Gateway.Api.Data;
using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Api.Tests.Data;

/// <summary>
/// A database made before the case workflows keeps what it held when it is upgraded: the migrations that replace
/// columns with rows of their own write those rows from the old columns before dropping them.
/// </summary>
public sealed class WorkflowUpgradeTests
{
    private const string LastMigrationBeforeTheWorkflows = "MentalHealthFlagEncryptedAtRest";

    /// <summary>Rows as the service wrote them before, with the rows they point at.</summary>
    private const string RowsBeforeTheWorkflows = """
        INSERT INTO "OrgUnits" ("Id", "Path", "Kind", "Code", "Name", "NameZh", "Cameras", "Computers", "HasSignage",
            "MobilePoliceTerminals", "PoliceBicycles", "Version")
        VALUES (5, '/1/2/5/', 'CommunityOffice', 'nanjing', 'Nanjing', '南井', 0, 0, 1, 0, 0, 0);
        INSERT INTO "People" ("Id", "OwnerUnitId", "OwnerPath", "Kind", "Name", "Version")
        VALUES (7, 5, '/1/2/5/', 'Police', '甲', 0), (9, 5, '/1/2/5/', 'Police', '乙', 0);
        INSERT INTO "ExternalOrganisations" ("Id", "Kind", "Name", "NameZh")
        VALUES (4, 'Department', 'Housing', '住建局');
        INSERT INTO "MediationCommittees" ("Id", "OwnerUnitId", "OwnerPath", "Name", "NameZh")
        VALUES (1, 5, '/1/2/5/', 'Committee', '调委会');
        INSERT INTO "Informants" ("Id", "OwnerUnitId", "OwnerPath", "CodeName", "Occupation", "Status", "RecruitedOn",
            "AuthorisedUntil")
        VALUES (1, 5, '/1/2/5/', 'NJ-XX-001', 'TaxiDriver', 'Active', '2025-03-01', '2027-02-28'),
               (2, 5, '/1/2/5/', 'NJ-XX-002', 'Gatekeeper', 'Closed', '2024-01-10', '2025-01-09');
        INSERT INTO "Tips" ("Id", "OwnerUnitId", "OwnerPath", "InformantId", "ReceivedById", "ReceivedAt", "Content",
            "SourceReliability", "Assessment", "Useful", "DisseminatedTo")
        VALUES (1, 5, '/1/2/5/', 1, 7, '2026-09-01 10:00:00', '线索', 'Reliable', 'KnownDirectly', 1, '县局治安大队');
        INSERT INTO "Rewards" ("Id", "OwnerUnitId", "OwnerPath", "InformantId", "TipId", "Amount", "Status",
            "OfferedAt", "ApprovedById", "ApprovedAt", "PaidAt")
        VALUES (1, 5, '/1/2/5/', 1, 1, 30000, 'Paid', '2026-09-02 10:00:00', 9, '2026-09-03 10:00:00',
                '2026-09-04 10:00:00'),
               (2, 5, '/1/2/5/', 1, 1, 5000, 'Offered', '2026-09-05 10:00:00', NULL, NULL, NULL);
        INSERT INTO "ServiceRequests" ("Id", "OwnerUnitId", "OwnerPath", "Number", "Kind", "ReceivedAt", "CallerName",
            "CallerPhone", "Summary", "Status", "TicketNumber", "DivertedAt", "DepartmentId", "Deadline", "RepliedAt",
            "ClosedAt", "EffectivenessScore", "SatisfactionScore", "ProcedureScore")
        VALUES (1, 5, '/1/2/5/', 'NJ-1', 'Consultation', '2026-09-01 09:00:00', '张三', '13800001111', '咨询', 'Closed',
                'T-1', '2026-09-01 10:00:00', 4, '2026-09-04 15:59:59', '2026-09-02 10:00:00',
                '2026-09-03 10:00:00', 9250, 8800, 10000),
               (2, 5, '/1/2/5/', 'NJ-2', 'Appeal', '2026-09-01 09:00:00', '李四', NULL, '诉求', 'Overdue', 'T-2',
                '2026-09-01 10:00:00', 4, '2026-09-08 15:59:59', NULL, NULL, NULL, NULL, NULL),
               (3, 5, '/1/2/5/', 'NJ-3', 'Complaint', '2026-10-31 09:00:00', '王五', NULL, '投诉', 'UnderReview',
                NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
               (4, 5, '/1/2/5/', 'NJ-4', 'Report', '2026-10-01 09:00:00', '赵六', NULL, '举报', 'HandledByPolice',
                NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
        INSERT INTO "MediationCases" ("Id", "OwnerUnitId", "OwnerPath", "CommitteeId", "CaseNumber", "Kind",
            "Summary", "Parties", "Stage", "RegisteredAt", "FollowedUpAt", "FollowUpNote", "Disposition")
        VALUES (1, 5, '/1/2/5/', 1, 'TJ-1', 'CivilDispute', '噪音', '申请人：张三；被申请人：李四', 'FollowedUp',
                '2026-05-01 09:00:00', '2026-06-20 09:00:00', '协议已履行', NULL),
               (2, 5, '/1/2/5/', 1, 'TJ-2', 'CivilDispute', '借款', '王五与赵六', 'Referred', '2026-05-02 09:00:00',
                NULL, NULL, '转县人民法院诉前调解');
        INSERT INTO "MediationAgreements" ("Id", "OwnerUnitId", "OwnerPath", "CaseId", "Facts", "Matters", "Terms",
            "PerformanceDeadline", "SignedAt")
        VALUES (1, 5, '/1/2/5/', 1, '事实', '事项', '条款', '2026-06-15', '2026-06-01 09:00:00');
        """;

    [Fact]
    public async Task Upgrading_carries_informants_rewards_requests_and_mediation_cases_into_their_new_rows()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gateway-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            var options = new DbContextOptionsBuilder<SqliteGatewayDbContext>().UseSqlite(connection).UseOpenIddict()
                .Options;
            var scope = new TenantScope();
            scope.EnterSystem();
            await using var db = new SqliteGatewayDbContext(options, scope, new ColumnProtector(new byte[32]));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(LastMigrationBeforeTheWorkflows);
            await db.Database.ExecuteSqlRawAsync(RowsBeforeTheWorkflows);

            await migrator.MigrateAsync();

            async Task<List<string>> Rows(string sql) =>
                await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
            Assert.Equal(["1 Granted 2026-03-01 2027-02-28", "2 Granted 2024-01-10 2025-01-09"], await Rows("""
                SELECT "InformantId" || ' ' || "Kind" || ' ' || "ValidFrom" || ' ' || "ValidUntil" AS "Value"
                FROM "InformantAuthorisations" ORDER BY "InformantId"
                """));
            Assert.Equal(["2"], await Rows(
                """SELECT CAST("Id" AS TEXT) AS "Value" FROM "Informants" WHERE "DeactivatedOn" IS NOT NULL"""));
            Assert.Equal(["1 Offered 30000 -", "1 Approved - 9", "1 Paid - -", "2 Offered 5000 -"], await Rows("""
                SELECT "RewardId" || ' ' || "Kind" || ' ' || coalesce("Amount", '-') || ' '
                    || coalesce("RecordedById", '-') AS "Value"
                FROM "RewardEntries" ORDER BY "RewardId", "RecordedAt"
                """));
            Assert.Equal(["县局治安大队"], await Rows("""SELECT "Recipient" AS "Value" FROM "TipDisseminations" """));
            Assert.Equal(["1 Closed -", "2 Dispatched -", "3 UnderReview 1", "4 PoliceMatter -"], await Rows("""
                SELECT "Id" || ' ' || "Stage" || ' ' || coalesce("ReviewLevel", '-') AS "Value"
                FROM "ServiceRequests" ORDER BY "Id"
                """));
            Assert.Equal(["1 4", "2 4"], await Rows("""
                SELECT "RequestId" || ' ' || "DepartmentId" AS "Value" FROM "RequestDispatches" ORDER BY "RequestId"
                """));
            Assert.Equal(["1 93 88 100"], await Rows("""
                SELECT "RequestId" || ' ' || "Effectiveness" || ' ' || "ResidentsEvaluation" || ' ' || "Procedure"
                    AS "Value"
                FROM "RequestScorings"
                """));
            Assert.Equal(["1 Applicant 张三", "1 Respondent 李四", "2 Other 王五与赵六"], await Rows("""
                SELECT "CaseId" || ' ' || "Role" || ' ' || "Name" AS "Value" FROM "MediationParties"
                ORDER BY "CaseId", "Role"
                """));
            Assert.Equal(["转县人民法院诉前调解"], await Rows(
                """SELECT "ReferredTo" AS "Value" FROM "MediationCases" WHERE "ReferredTo" IS NOT NULL"""));
            Assert.Equal(["协议已履行"], await Rows("""SELECT "FollowUpNote" AS "Value" FROM "MediationAgreements" """));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InformantAuthorisationsAndRewardLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Rewards_People_ApprovedById",
                table: "Rewards");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Reward_Amount",
                table: "Rewards");

            migrationBuilder.AddColumn<DateTime>(
                name: "MarkedUsefulAt",
                table: "Tips",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MarkedUsefulById",
                table: "Tips",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Tips",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<long>(
                name: "TipId",
                table: "Rewards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeactivatedById",
                table: "Informants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeactivatedOn",
                table: "Informants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeactivationReason",
                table: "Informants",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RegisteredById",
                table: "Informants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Informants",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "RecordedAt",
                table: "InformantTrainings",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<long>(
                name: "RecordedById",
                table: "InformantTrainings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssignedAt",
                table: "InformantHandlings",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<long>(
                name: "AssignedById",
                table: "InformantHandlings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RecordedAt",
                table: "InformantContacts",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "InformantAuthorisations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InformantId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AuthorisedById = table.Column<long>(type: "INTEGER", nullable: true),
                    AuthorisedByActor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantAuthorisations", x => x.Id);
                    table.CheckConstraint("CK_InformantAuthorisation_Period", "\"ValidUntil\" >= \"ValidFrom\"");
                    table.ForeignKey(
                        name: "FK_InformantAuthorisations_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantAuthorisations_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantAuthorisations_People_AuthorisedById",
                        column: x => x.AuthorisedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformantTaskings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InformantId = table.Column<long>(type: "INTEGER", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TaskedById = table.Column<long>(type: "INTEGER", nullable: true),
                    TaskedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantTaskings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformantTaskings_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantTaskings_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantTaskings_People_TaskedById",
                        column: x => x.TaskedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RewardId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedById = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedByActor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardEntries", x => x.Id);
                    table.CheckConstraint("CK_RewardEntry_Amount", "(\"Kind\" = 'Offered' AND \"Amount\" BETWEEN 5000 AND 50000) OR (\"Kind\" = 'Corrected' AND \"Amount\" BETWEEN -50000 AND 50000) OR (\"Kind\" NOT IN ('Offered', 'Corrected') AND \"Amount\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_RewardEntries_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardEntries_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardEntries_Rewards_RewardId",
                        column: x => x.RewardId,
                        principalTable: "Rewards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TipDisseminations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TipId = table.Column<long>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisseminatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DisseminatedById = table.Column<long>(type: "INTEGER", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipDisseminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipDisseminations_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipDisseminations_People_DisseminatedById",
                        column: x => x.DisseminatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipDisseminations_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_MarkedUsefulById",
                table: "Tips",
                column: "MarkedUsefulById");

            migrationBuilder.CreateIndex(
                name: "IX_Informants_DeactivatedById",
                table: "Informants",
                column: "DeactivatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Informants_RegisteredById",
                table: "Informants",
                column: "RegisteredById");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTrainings_RecordedById",
                table: "InformantTrainings",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_InformantHandlings_AssignedById",
                table: "InformantHandlings",
                column: "AssignedById");

            migrationBuilder.CreateIndex(
                name: "IX_InformantAuthorisations_AuthorisedById",
                table: "InformantAuthorisations",
                column: "AuthorisedById");

            migrationBuilder.CreateIndex(
                name: "IX_InformantAuthorisations_InformantId",
                table: "InformantAuthorisations",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantAuthorisations_OwnerPath",
                table: "InformantAuthorisations",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_InformantAuthorisations_OwnerUnitId",
                table: "InformantAuthorisations",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTaskings_InformantId",
                table: "InformantTaskings",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTaskings_OwnerPath",
                table: "InformantTaskings",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTaskings_OwnerUnitId",
                table: "InformantTaskings",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTaskings_TaskedById",
                table: "InformantTaskings",
                column: "TaskedById");

            migrationBuilder.CreateIndex(
                name: "IX_RewardEntries_OwnerPath",
                table: "RewardEntries",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RewardEntries_OwnerUnitId",
                table: "RewardEntries",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardEntries_RecordedById",
                table: "RewardEntries",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_RewardEntries_RewardId",
                table: "RewardEntries",
                column: "RewardId");

            migrationBuilder.CreateIndex(
                name: "IX_TipDisseminations_DisseminatedById",
                table: "TipDisseminations",
                column: "DisseminatedById");

            migrationBuilder.CreateIndex(
                name: "IX_TipDisseminations_OwnerPath",
                table: "TipDisseminations",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_TipDisseminations_OwnerUnitId",
                table: "TipDisseminations",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TipDisseminations_TipId",
                table: "TipDisseminations",
                column: "TipId");

            // The rows that replace the old columns are made from them before they go: each informant's
            // authorisation as a grant of the twelve months ending on its AuthorisedUntil, a closed file as
            // deactivated, each reward's offer, approval, payment or refusal as ledger entries, and where a tip was
            // passed on as one dissemination.
            migrationBuilder.Sql("""
                INSERT INTO "InformantAuthorisations" ("InformantId", "Kind", "ValidFrom", "ValidUntil",
                    "AuthorisedById", "AuthorisedByActor", "AuthorisedAt", "OwnerUnitId", "OwnerPath")
                SELECT "Id", 'Granted', date("AuthorisedUntil", '+1 day', '-12 months'), "AuthorisedUntil", NULL,
                    'migration', date("AuthorisedUntil", '+1 day', '-12 months') || ' 00:00:00', "OwnerUnitId",
                    "OwnerPath"
                FROM "Informants";
                UPDATE "Informants" SET "DeactivatedOn" = min("AuthorisedUntil", date('now')),
                    "DeactivationReason" = '文件在记录停用原因之前已关闭'
                WHERE "Status" = 'Closed';
                INSERT INTO "RewardEntries" ("RewardId", "Kind", "Amount", "Reason", "RecordedById", "RecordedByActor",
                    "RecordedAt", "OwnerUnitId", "OwnerPath")
                SELECT "Id", 'Offered', "Amount", NULL, NULL, 'migration', "OfferedAt", "OwnerUnitId", "OwnerPath"
                FROM "Rewards"
                UNION ALL
                SELECT "Id", 'Approved', NULL, NULL, "ApprovedById", 'migration', "ApprovedAt", "OwnerUnitId",
                    "OwnerPath"
                FROM "Rewards" WHERE "ApprovedAt" IS NOT NULL
                UNION ALL
                SELECT "Id", 'Paid', NULL, NULL, NULL, 'migration', "PaidAt", "OwnerUnitId", "OwnerPath"
                FROM "Rewards" WHERE "PaidAt" IS NOT NULL
                UNION ALL
                SELECT "Id", 'Declined', NULL, NULL, "ApprovedById", 'migration', coalesce("ApprovedAt", "OfferedAt"),
                    "OwnerUnitId", "OwnerPath"
                FROM "Rewards" WHERE "Status" = 'Declined';
                INSERT INTO "TipDisseminations" ("TipId", "Recipient", "DisseminatedAt", "DisseminatedById",
                    "OwnerUnitId", "OwnerPath")
                SELECT "Id", "DisseminatedTo", "ReceivedAt", NULL, "OwnerUnitId", "OwnerPath"
                FROM "Tips" WHERE "DisseminatedTo" IS NOT NULL AND "DisseminatedTo" <> '';
                """);

            migrationBuilder.DropColumn(
                name: "DisseminatedTo",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "Amount",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "PaidAt",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Rewards");

            migrationBuilder.DropColumn(
                name: "AuthorisedUntil",
                table: "Informants");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Informants");

            migrationBuilder.RenameColumn(
                name: "ApprovedById",
                table: "Rewards",
                newName: "OfferedById");

            migrationBuilder.RenameIndex(
                name: "IX_Rewards_ApprovedById",
                table: "Rewards",
                newName: "IX_Rewards_OfferedById");

            // The old column named the approver, now an entry of the ledger; who offered is not known.
            migrationBuilder.Sql("""UPDATE "Rewards" SET "OfferedById" = NULL;""");

            migrationBuilder.AddForeignKey(
                name: "FK_InformantHandlings_People_AssignedById",
                table: "InformantHandlings",
                column: "AssignedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_InformantTrainings_People_RecordedById",
                table: "InformantTrainings",
                column: "RecordedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Informants_People_DeactivatedById",
                table: "Informants",
                column: "DeactivatedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Informants_People_RegisteredById",
                table: "Informants",
                column: "RegisteredById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Rewards_People_OfferedById",
                table: "Rewards",
                column: "OfferedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tips_People_MarkedUsefulById",
                table: "Tips",
                column: "MarkedUsefulById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InformantHandlings_People_AssignedById",
                table: "InformantHandlings");

            migrationBuilder.DropForeignKey(
                name: "FK_InformantTrainings_People_RecordedById",
                table: "InformantTrainings");

            migrationBuilder.DropForeignKey(
                name: "FK_Informants_People_DeactivatedById",
                table: "Informants");

            migrationBuilder.DropForeignKey(
                name: "FK_Informants_People_RegisteredById",
                table: "Informants");

            migrationBuilder.DropForeignKey(
                name: "FK_Rewards_People_OfferedById",
                table: "Rewards");

            migrationBuilder.DropForeignKey(
                name: "FK_Tips_People_MarkedUsefulById",
                table: "Tips");

            migrationBuilder.DropTable(
                name: "InformantAuthorisations");

            migrationBuilder.DropTable(
                name: "InformantTaskings");

            migrationBuilder.DropTable(
                name: "RewardEntries");

            migrationBuilder.DropTable(
                name: "TipDisseminations");

            migrationBuilder.DropIndex(
                name: "IX_Tips_MarkedUsefulById",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Informants_DeactivatedById",
                table: "Informants");

            migrationBuilder.DropIndex(
                name: "IX_Informants_RegisteredById",
                table: "Informants");

            migrationBuilder.DropIndex(
                name: "IX_InformantTrainings_RecordedById",
                table: "InformantTrainings");

            migrationBuilder.DropIndex(
                name: "IX_InformantHandlings_AssignedById",
                table: "InformantHandlings");

            migrationBuilder.DropColumn(
                name: "MarkedUsefulAt",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "MarkedUsefulById",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "DeactivatedById",
                table: "Informants");

            migrationBuilder.DropColumn(
                name: "DeactivatedOn",
                table: "Informants");

            migrationBuilder.DropColumn(
                name: "DeactivationReason",
                table: "Informants");

            migrationBuilder.DropColumn(
                name: "RegisteredById",
                table: "Informants");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Informants");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "InformantTrainings");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "InformantTrainings");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "InformantHandlings");

            migrationBuilder.DropColumn(
                name: "AssignedById",
                table: "InformantHandlings");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "InformantContacts");

            migrationBuilder.RenameColumn(
                name: "OfferedById",
                table: "Rewards",
                newName: "ApprovedById");

            migrationBuilder.RenameIndex(
                name: "IX_Rewards_OfferedById",
                table: "Rewards",
                newName: "IX_Rewards_ApprovedById");

            migrationBuilder.AddColumn<string>(
                name: "DisseminatedTo",
                table: "Tips",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "TipId",
                table: "Rewards",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "Amount",
                table: "Rewards",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "Rewards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PaidAt",
                table: "Rewards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Rewards",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AuthorisedUntil",
                table: "Informants",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Informants",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Reward_Amount",
                table: "Rewards",
                sql: "\"Amount\" BETWEEN 5000 AND 50000");

            migrationBuilder.AddForeignKey(
                name: "FK_Rewards_People_ApprovedById",
                table: "Rewards",
                column: "ApprovedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}

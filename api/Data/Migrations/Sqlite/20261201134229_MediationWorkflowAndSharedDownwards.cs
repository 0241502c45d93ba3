using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MediationWorkflowAndSharedDownwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "People",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "MediationMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "MediationCommittees",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DeclineReason",
                table: "MediationCases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FailureReason",
                table: "MediationCases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Findings",
                table: "MediationCases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferredTo",
                table: "MediationCases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "MediationCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpNote",
                table: "MediationAgreements",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FollowedUpAt",
                table: "MediationAgreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Performance",
                table: "MediationAgreements",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediationCaseSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ById = table.Column<long>(type: "INTEGER", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCaseSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationCaseSteps_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCaseSteps_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCaseSteps_People_ById",
                        column: x => x.ById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationParties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResidentId = table.Column<long>(type: "INTEGER", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationParties_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationParties_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationParties_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationSessionMediators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSessionMediators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationSessionMediators_MediationMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "MediationMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationSessionMediators_MediationSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "MediationSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationSessionMediators_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseSteps_ById",
                table: "MediationCaseSteps",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseSteps_CaseId",
                table: "MediationCaseSteps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseSteps_OwnerPath",
                table: "MediationCaseSteps",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseSteps_OwnerUnitId",
                table: "MediationCaseSteps",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationParties_CaseId",
                table: "MediationParties",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationParties_OwnerPath",
                table: "MediationParties",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationParties_OwnerUnitId",
                table: "MediationParties",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationParties_ResidentId",
                table: "MediationParties",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessionMediators_MemberId",
                table: "MediationSessionMediators",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessionMediators_OwnerPath",
                table: "MediationSessionMediators",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessionMediators_OwnerUnitId",
                table: "MediationSessionMediators",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessionMediators_SessionId_MemberId",
                table: "MediationSessionMediators",
                columns: new[] { "SessionId", "MemberId" },
                unique: true);

            // Existing cases take the workflow's shape before the old columns go: the parties text written as
            // "申请人：…；被申请人：…" becomes an applicant and a respondent (any other text one party of role OTHER),
            // where a failed or referred case went becomes its reason or destination, and a follow-up moves to the
            // agreement. Mediators named in a session's text are not seats and stay unnamed.
            migrationBuilder.Sql("""
                INSERT INTO "MediationParties" ("CaseId", "Role", "Name", "OwnerUnitId", "OwnerPath")
                SELECT "Id", 'Applicant', substr("Parties", 5, instr("Parties", '；被申请人：') - 5), "OwnerUnitId",
                    "OwnerPath"
                FROM "MediationCases" WHERE "Parties" LIKE '申请人：%；被申请人：%'
                UNION ALL
                SELECT "Id", 'Respondent', substr(substr("Parties", instr("Parties", '；被申请人：') + 6), 1, 50),
                    "OwnerUnitId", "OwnerPath"
                FROM "MediationCases" WHERE "Parties" LIKE '申请人：%；被申请人：%'
                UNION ALL
                SELECT "Id", 'Other', substr("Parties", 1, 50), "OwnerUnitId", "OwnerPath"
                FROM "MediationCases" WHERE "Parties" NOT LIKE '申请人：%；被申请人：%' AND "Parties" <> '';
                UPDATE "MediationCases" SET "FailureReason" = "Disposition" WHERE "Stage" = 'Failed';
                UPDATE "MediationCases" SET "ReferredTo" = "Disposition" WHERE "Stage" = 'Referred';
                UPDATE "MediationAgreements" SET
                    "FollowedUpAt" = (SELECT c."FollowedUpAt" FROM "MediationCases" c WHERE c."Id" = "CaseId"),
                    "FollowUpNote" = (SELECT c."FollowUpNote" FROM "MediationCases" c WHERE c."Id" = "CaseId");
                """);

            migrationBuilder.DropColumn(
                name: "Mediators",
                table: "MediationSessions");

            migrationBuilder.DropColumn(
                name: "Disposition",
                table: "MediationCases");

            migrationBuilder.DropColumn(
                name: "FollowUpNote",
                table: "MediationCases");

            migrationBuilder.DropColumn(
                name: "FollowedUpAt",
                table: "MediationCases");

            migrationBuilder.DropColumn(
                name: "Parties",
                table: "MediationCases");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediationCaseSteps");

            migrationBuilder.DropTable(
                name: "MediationParties");

            migrationBuilder.DropTable(
                name: "MediationSessionMediators");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MediationMembers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MediationCommittees");

            migrationBuilder.DropColumn(
                name: "DeclineReason",
                table: "MediationCases");

            migrationBuilder.DropColumn(
                name: "FailureReason",
                table: "MediationCases");

            migrationBuilder.DropColumn(
                name: "Findings",
                table: "MediationCases");

            migrationBuilder.DropColumn(
                name: "ReferredTo",
                table: "MediationCases");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "MediationCases");

            migrationBuilder.DropColumn(
                name: "FollowUpNote",
                table: "MediationAgreements");

            migrationBuilder.DropColumn(
                name: "FollowedUpAt",
                table: "MediationAgreements");

            migrationBuilder.DropColumn(
                name: "Performance",
                table: "MediationAgreements");

            migrationBuilder.AddColumn<string>(
                name: "Mediators",
                table: "MediationSessions",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Disposition",
                table: "MediationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpNote",
                table: "MediationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FollowedUpAt",
                table: "MediationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Parties",
                table: "MediationCases",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }
    }
}

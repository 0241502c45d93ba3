using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NonPoliceRequestLoop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RequestChases_RequestId",
                table: "RequestChases");

            migrationBuilder.RenameColumn(
                name: "Status",
                table: "ServiceRequests",
                newName: "Stage");

            migrationBuilder.AddColumn<int>(
                name: "ReviewLevel",
                table: "ServiceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DivertedBy",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HandledAt",
                table: "ServiceRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandledBy",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceivedBy",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepliedBy",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reply",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ServiceRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VisitedBy",
                table: "ReturnVisits",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ReviewerPersonId",
                table: "RequestReviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Automatic",
                table: "RequestChases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "Deadline",
                table: "RequestChases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "RequestDispatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DispatchedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestDispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestDispatches_ExternalOrganisations_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestDispatches_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestDispatches_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestExtensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DeadlineBefore = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DeadlineAfter = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestExtensions_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestExtensions_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestScorings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Effectiveness = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentsEvaluation = table.Column<int>(type: "INTEGER", nullable: false),
                    Procedure = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScoredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestScorings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestScorings_ExternalOrganisations_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestScorings_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestScorings_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Stage_Deadline",
                table: "ServiceRequests",
                columns: new[] { "Stage", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_TicketNumber",
                table: "ServiceRequests",
                column: "TicketNumber",
                unique: true);

            // Existing requests take the loop's shape before the old columns go: a status becomes a stage (a request
            // once marked overdue is dispatched: overdue is read from its deadline now), a request under review
            // awaits level 1, the department it went to is its dispatch, and its three scores (kept in hundredths)
            // its scoring.
            migrationBuilder.Sql("""
                UPDATE "ServiceRequests" SET
                    "Stage" = CASE "Stage" WHEN 'HandledByPolice' THEN 'PoliceMatter' WHEN 'Overdue' THEN 'Dispatched'
                        ELSE "Stage" END,
                    "ReviewLevel" = CASE WHEN "Stage" = 'UnderReview' THEN 1 END;
                INSERT INTO "RequestDispatches" ("RequestId", "DepartmentId", "DispatchedAt", "DispatchedBy", "Reason",
                    "AcceptedAt", "AcceptedBy", "EndedAt", "OwnerUnitId", "OwnerPath")
                SELECT "Id", "DepartmentId", "DivertedAt", 'migration', NULL, NULL, NULL, NULL, "OwnerUnitId", "OwnerPath"
                FROM "ServiceRequests" WHERE "DepartmentId" IS NOT NULL AND "DivertedAt" IS NOT NULL;
                INSERT INTO "RequestScorings" ("RequestId", "DepartmentId", "Effectiveness", "ResidentsEvaluation",
                    "Procedure", "ScoredAt", "ScoredBy", "OwnerUnitId", "OwnerPath")
                SELECT "Id", "DepartmentId", round("EffectivenessScore" / 100.0), round("SatisfactionScore" / 100.0),
                    round("ProcedureScore" / 100.0), coalesce("ClosedAt", "RepliedAt", "ReceivedAt"), 'migration',
                    "OwnerUnitId", "OwnerPath"
                FROM "ServiceRequests"
                WHERE "DepartmentId" IS NOT NULL AND "EffectivenessScore" IS NOT NULL
                    AND "SatisfactionScore" IS NOT NULL AND "ProcedureScore" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "EffectivenessScore",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ProcedureScore",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "SatisfactionScore",
                table: "ServiceRequests");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ServiceRequest_ReviewLevel",
                table: "ServiceRequests",
                sql: "\"ReviewLevel\" BETWEEN 1 AND 4");

            migrationBuilder.CreateIndex(
                name: "IX_RequestReviews_RequestId_Reviewer",
                table: "RequestReviews",
                columns: new[] { "RequestId", "Reviewer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestChases_RequestId_Deadline",
                table: "RequestChases",
                columns: new[] { "RequestId", "Deadline" },
                unique: true,
                filter: "\"Automatic\"");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDispatches_DepartmentId_DispatchedAt",
                table: "RequestDispatches",
                columns: new[] { "DepartmentId", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestDispatches_OwnerPath",
                table: "RequestDispatches",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDispatches_OwnerUnitId",
                table: "RequestDispatches",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDispatches_RequestId_DispatchedAt",
                table: "RequestDispatches",
                columns: new[] { "RequestId", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestExtensions_OwnerPath",
                table: "RequestExtensions",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RequestExtensions_OwnerUnitId",
                table: "RequestExtensions",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestExtensions_RequestId",
                table: "RequestExtensions",
                column: "RequestId",
                unique: true,
                filter: "\"Decision\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_DepartmentId",
                table: "RequestScorings",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_OwnerPath",
                table: "RequestScorings",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_OwnerUnitId",
                table: "RequestScorings",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_RequestId",
                table: "RequestScorings",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RequestDispatches");

            migrationBuilder.DropTable(
                name: "RequestExtensions");

            migrationBuilder.DropTable(
                name: "RequestScorings");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Stage_Deadline",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_TicketNumber",
                table: "ServiceRequests");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ServiceRequest_ReviewLevel",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_RequestReviews_RequestId_Reviewer",
                table: "RequestReviews");

            migrationBuilder.DropIndex(
                name: "IX_RequestChases_RequestId_Deadline",
                table: "RequestChases");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "DivertedBy",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "HandledAt",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "HandledBy",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "ReceivedBy",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "RepliedBy",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "Reply",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "VisitedBy",
                table: "ReturnVisits");

            migrationBuilder.DropColumn(
                name: "ReviewerPersonId",
                table: "RequestReviews");

            migrationBuilder.DropColumn(
                name: "Automatic",
                table: "RequestChases");

            migrationBuilder.DropColumn(
                name: "Deadline",
                table: "RequestChases");

            migrationBuilder.RenameColumn(
                name: "Stage",
                table: "ServiceRequests",
                newName: "Status");

            migrationBuilder.DropColumn(
                name: "ReviewLevel",
                table: "ServiceRequests");

            migrationBuilder.AddColumn<long>(
                name: "SatisfactionScore",
                table: "ServiceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EffectivenessScore",
                table: "ServiceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProcedureScore",
                table: "ServiceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestChases_RequestId",
                table: "RequestChases",
                column: "RequestId");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FieldWorkStatusAndWorkTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldWorkEvents_OwnerUnitId",
                table: "FieldWorkEvents");

            migrationBuilder.AddColumn<long>(
                name: "CorrectedById",
                table: "FieldWorkEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "FieldWorkEvents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceivedAt",
                table: "FieldWorkEvents",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "RecordedByClient",
                table: "FieldWorkEvents",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RecordedById",
                table: "FieldWorkEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "FieldWorkEvents",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "FieldWorkEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VoidReason",
                table: "FieldWorkEvents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VoidedAt",
                table: "FieldWorkEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoidedByClient",
                table: "FieldWorkEvents",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VoidedById",
                table: "FieldWorkEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WorkTargets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentsVisitedPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitDaysPerWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    SpecialGroupServicesPerMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    PopulationRecordsPerOfficePerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    VehicleChecksPerOfficePerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkTargets_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_CorrectedById",
                table: "FieldWorkEvents",
                column: "CorrectedById",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_OwnerUnitId_OccurredAt",
                table: "FieldWorkEvents",
                columns: new[] { "OwnerUnitId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_RecordedById",
                table: "FieldWorkEvents",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_VoidedById",
                table: "FieldWorkEvents",
                column: "VoidedById");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTargets_OwnerPath",
                table: "WorkTargets",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTargets_OwnerUnitId",
                table: "WorkTargets",
                column: "OwnerUnitId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_FieldWorkEvents_FieldWorkEvents_CorrectedById",
                table: "FieldWorkEvents",
                column: "CorrectedById",
                principalTable: "FieldWorkEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FieldWorkEvents_People_RecordedById",
                table: "FieldWorkEvents",
                column: "RecordedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FieldWorkEvents_People_VoidedById",
                table: "FieldWorkEvents",
                column: "VoidedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FieldWorkEvents_FieldWorkEvents_CorrectedById",
                table: "FieldWorkEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_FieldWorkEvents_People_RecordedById",
                table: "FieldWorkEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_FieldWorkEvents_People_VoidedById",
                table: "FieldWorkEvents");

            migrationBuilder.DropTable(
                name: "WorkTargets");

            migrationBuilder.DropIndex(
                name: "IX_FieldWorkEvents_CorrectedById",
                table: "FieldWorkEvents");

            migrationBuilder.DropIndex(
                name: "IX_FieldWorkEvents_OwnerUnitId_OccurredAt",
                table: "FieldWorkEvents");

            migrationBuilder.DropIndex(
                name: "IX_FieldWorkEvents_RecordedById",
                table: "FieldWorkEvents");

            migrationBuilder.DropIndex(
                name: "IX_FieldWorkEvents_VoidedById",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "CorrectedById",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "ReceivedAt",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "RecordedByClient",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "RecordedById",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "VoidReason",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "VoidedAt",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "VoidedByClient",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "VoidedById",
                table: "FieldWorkEvents");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_OwnerUnitId",
                table: "FieldWorkEvents",
                column: "OwnerUnitId");
        }
    }
}

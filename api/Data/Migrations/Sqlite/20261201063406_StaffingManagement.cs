using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffingManagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeactivatedById",
                table: "People",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeactivatedOn",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "OrgUnits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpenedOn",
                table: "OrgUnits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EndedById",
                table: "Assignments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Assignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "ApiClients",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "RevokedAt",
                table: "ApiClients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SecretRotatedAt",
                table: "ApiClients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "ApiClients",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ApiClients",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Dispatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DestinationGridId = table.Column<long>(type: "INTEGER", nullable: true),
                    DestinationOfficeId = table.Column<long>(type: "INTEGER", nullable: true),
                    DestinationText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dispatches", x => x.Id);
                    table.CheckConstraint("CK_Dispatch_OneDestination", "(CASE WHEN \"DestinationGridId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DestinationOfficeId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DestinationText\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_Dispatches_Grids_DestinationGridId",
                        column: x => x.DestinationGridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_OrgUnits_DestinationOfficeId",
                        column: x => x.DestinationOfficeId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DutyShifts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyShifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DutyShifts_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DutyShifts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeavePeriods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedById = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledById = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeavePeriods", x => x.Id);
                    table.CheckConstraint("CK_LeavePeriod_Period", "\"To\" >= \"From\"");
                    table.ForeignKey(
                        name: "FK_LeavePeriods_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeavePeriods_People_CancelledById",
                        column: x => x.CancelledById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeavePeriods_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeavePeriods_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnitAttachment",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnitAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgUnitAttachment_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnitAttachment_OrgUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnitAttachment_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StationCaseAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationCaseAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StationCaseAssignments_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StationCaseAssignments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_DeactivatedById",
                table: "People",
                column: "DeactivatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_EndedById",
                table: "Assignments",
                column: "EndedById");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_DestinationGridId",
                table: "Dispatches",
                column: "DestinationGridId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_DestinationOfficeId",
                table: "Dispatches",
                column: "DestinationOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_OwnerPath",
                table: "Dispatches",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_OwnerPath_DispatchedAt",
                table: "Dispatches",
                columns: new[] { "OwnerPath", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_OwnerUnitId",
                table: "Dispatches",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_PersonId_DispatchedAt",
                table: "Dispatches",
                columns: new[] { "PersonId", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DutyShifts_OwnerPath",
                table: "DutyShifts",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_DutyShifts_OwnerPath_Date",
                table: "DutyShifts",
                columns: new[] { "OwnerPath", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DutyShifts_OwnerUnitId",
                table: "DutyShifts",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DutyShifts_PersonId_Date",
                table: "DutyShifts",
                columns: new[] { "PersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_CancelledById",
                table: "LeavePeriods",
                column: "CancelledById");

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_OwnerPath",
                table: "LeavePeriods",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_OwnerUnitId",
                table: "LeavePeriods",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_PersonId_From",
                table: "LeavePeriods",
                columns: new[] { "PersonId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_RecordedById",
                table: "LeavePeriods",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitAttachment_OwnerPath",
                table: "OrgUnitAttachment",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitAttachment_OwnerUnitId",
                table: "OrgUnitAttachment",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitAttachment_ParentId",
                table: "OrgUnitAttachment",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitAttachment_UnitId",
                table: "OrgUnitAttachment",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StationCaseAssignments_OwnerPath",
                table: "StationCaseAssignments",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_StationCaseAssignments_OwnerUnitId_CaseNumber",
                table: "StationCaseAssignments",
                columns: new[] { "OwnerUnitId", "CaseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_StationCaseAssignments_PersonId_AssignedOn",
                table: "StationCaseAssignments",
                columns: new[] { "PersonId", "AssignedOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Assignments_People_EndedById",
                table: "Assignments",
                column: "EndedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_People_People_DeactivatedById",
                table: "People",
                column: "DeactivatedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Assignments_People_EndedById",
                table: "Assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_People_People_DeactivatedById",
                table: "People");

            migrationBuilder.DropTable(
                name: "Dispatches");

            migrationBuilder.DropTable(
                name: "DutyShifts");

            migrationBuilder.DropTable(
                name: "LeavePeriods");

            migrationBuilder.DropTable(
                name: "OrgUnitAttachment");

            migrationBuilder.DropTable(
                name: "StationCaseAssignments");

            migrationBuilder.DropIndex(
                name: "IX_People_DeactivatedById",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Assignments_EndedById",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "DeactivatedById",
                table: "People");

            migrationBuilder.DropColumn(
                name: "DeactivatedOn",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "OpenedOn",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "EndedById",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "SecretRotatedAt",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ApiClients");
        }
    }
}

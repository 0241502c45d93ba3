using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class PostingsAndLeave : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_People_DeactivatedById",
                table: "People",
                column: "DeactivatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_EndedById",
                table: "Assignments",
                column: "EndedById");

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
                name: "LeavePeriods");

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
                name: "EndedById",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Assignments");
        }
    }
}

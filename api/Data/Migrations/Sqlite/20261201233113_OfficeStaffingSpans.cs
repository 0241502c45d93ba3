using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfficeStaffingSpans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfficeStaffingSpans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Police = table.Column<int>(type: "INTEGER", nullable: false),
                    Auxiliaries = table.Column<int>(type: "INTEGER", nullable: false),
                    GridWorkers = table.Column<int>(type: "INTEGER", nullable: false),
                    Grids = table.Column<int>(type: "INTEGER", nullable: false),
                    GridsWithoutGridWorker = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeStaffingSpans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficeStaffingSpans_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfficeStaffingSpans_OwnerPath",
                table: "OfficeStaffingSpans",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeStaffingSpans_OwnerUnitId_From",
                table: "OfficeStaffingSpans",
                columns: new[] { "OwnerUnitId", "From" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficeStaffingSpans");
        }
    }
}

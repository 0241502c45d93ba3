using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FieldWorkTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FieldWorkDayTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GridKey = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentEntries = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldWorkDayTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldWorkDayTotals_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldWorkUnitTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reach = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Grain = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentEntries = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldWorkUnitTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldWorkUnitTotals_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkDayTotals_GridKey_Day",
                table: "FieldWorkDayTotals",
                columns: new[] { "GridKey", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkDayTotals_OwnerPath",
                table: "FieldWorkDayTotals",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkDayTotals_OwnerUnitId_Day_GridKey_PersonId_Kind",
                table: "FieldWorkDayTotals",
                columns: new[] { "OwnerUnitId", "Day", "GridKey", "PersonId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkDayTotals_PersonId_Day",
                table: "FieldWorkDayTotals",
                columns: new[] { "PersonId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkUnitTotals_OwnerPath",
                table: "FieldWorkUnitTotals",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkUnitTotals_OwnerUnitId_Reach_Grain_Start_Kind",
                table: "FieldWorkUnitTotals",
                columns: new[] { "OwnerUnitId", "Reach", "Grain", "Start", "Kind" },
                unique: true);

            // The totals of the entries recorded before the tables existed, as the rebuild computes them.
            foreach (var statement in Gateway.Api.FieldWork.FieldWorkRollupSql.Sqlite.Rebuild) migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldWorkDayTotals");

            migrationBuilder.DropTable(
                name: "FieldWorkUnitTotals");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GridRevisionsAndSuccessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OpenedOn",
                table: "Grids",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Grids",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Grids",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "GridRevision",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GridId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Streets = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false),
                    BoundaryGeoJson = table.Column<string>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridRevision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridRevision_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridRevision_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GridSuccession",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<long>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<long>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridSuccession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GridSuccession_Grids_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridSuccession_Grids_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridSuccession_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Grid_Period",
                table: "Grids",
                sql: "\"RetiredOn\" IS NULL OR \"RetiredOn\" >= \"OpenedOn\"");

            migrationBuilder.CreateIndex(
                name: "IX_GridRevision_GridId_Number",
                table: "GridRevision",
                columns: new[] { "GridId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GridRevision_OwnerPath",
                table: "GridRevision",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_GridRevision_OwnerUnitId",
                table: "GridRevision",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_GridSuccession_OwnerPath",
                table: "GridSuccession",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_GridSuccession_OwnerUnitId",
                table: "GridSuccession",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_GridSuccession_PredecessorId",
                table: "GridSuccession",
                column: "PredecessorId");

            migrationBuilder.CreateIndex(
                name: "IX_GridSuccession_SuccessorId",
                table: "GridSuccession",
                column: "SuccessorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GridRevision");

            migrationBuilder.DropTable(
                name: "GridSuccession");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Grid_Period",
                table: "Grids");

            migrationBuilder.DropColumn(
                name: "OpenedOn",
                table: "Grids");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Grids");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Grids");
        }
    }
}

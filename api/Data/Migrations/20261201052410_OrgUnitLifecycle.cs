using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrgUnitLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrgUnitAttachment");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "OpenedOn",
                table: "OrgUnits");
        }
    }
}

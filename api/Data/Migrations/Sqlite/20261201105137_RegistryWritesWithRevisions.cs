using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistryWritesWithRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "StandardAddresses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberIndex",
                table: "Residents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastVerifiedAt",
                table: "Residents",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Residents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastVerifiedAt",
                table: "RegisteredUnits",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "RegisteredUnits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LandlordName",
                table: "Houses",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LandlordPhone",
                table: "Houses",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastVerifiedAt",
                table: "Houses",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Houses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Records stored before were last checked when last updated.
            foreach (var table in new[] { "Residents", "Houses", "RegisteredUnits" })
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"LastVerifiedAt\" = \"UpdatedAt\";");

            migrationBuilder.CreateTable(
                name: "KeyPersonControls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyPersonControls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyPersonControls_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KeyPersonControls_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KeyPersonControls_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegistryRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StandardAddressId = table.Column<long>(type: "INTEGER", nullable: true),
                    ResidentId = table.Column<long>(type: "INTEGER", nullable: true),
                    HouseId = table.Column<long>(type: "INTEGER", nullable: true),
                    RegisteredUnitId = table.Column<long>(type: "INTEGER", nullable: true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryRevisions", x => x.Id);
                    table.CheckConstraint("CK_RegistryRevision_OneRecord", "(\"StandardAddressId\" IS NOT NULL) + (\"ResidentId\" IS NOT NULL) + (\"HouseId\" IS NOT NULL) + (\"RegisteredUnitId\" IS NOT NULL) = 1");
                    table.ForeignKey(
                        name: "FK_RegistryRevisions_Houses_HouseId",
                        column: x => x.HouseId,
                        principalTable: "Houses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistryRevisions_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistryRevisions_RegisteredUnits_RegisteredUnitId",
                        column: x => x.RegisteredUnitId,
                        principalTable: "RegisteredUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistryRevisions_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistryRevisions_StandardAddresses_StandardAddressId",
                        column: x => x.StandardAddressId,
                        principalTable: "StandardAddresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_IdNumberIndex",
                table: "Residents",
                column: "IdNumberIndex");

            migrationBuilder.CreateIndex(
                name: "IX_KeyPersonControls_OwnerPath",
                table: "KeyPersonControls",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_KeyPersonControls_OwnerUnitId",
                table: "KeyPersonControls",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyPersonControls_PersonId",
                table: "KeyPersonControls",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyPersonControls_ResidentId_OccurredAt",
                table: "KeyPersonControls",
                columns: new[] { "ResidentId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegistryRevisions_HouseId",
                table: "RegistryRevisions",
                column: "HouseId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryRevisions_OwnerPath",
                table: "RegistryRevisions",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryRevisions_OwnerPath_At",
                table: "RegistryRevisions",
                columns: new[] { "OwnerPath", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RegistryRevisions_OwnerUnitId",
                table: "RegistryRevisions",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryRevisions_RegisteredUnitId",
                table: "RegistryRevisions",
                column: "RegisteredUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryRevisions_ResidentId",
                table: "RegistryRevisions",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistryRevisions_StandardAddressId",
                table: "RegistryRevisions",
                column: "StandardAddressId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeyPersonControls");

            migrationBuilder.DropTable(
                name: "RegistryRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Residents_IdNumberIndex",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "StandardAddresses");

            migrationBuilder.DropColumn(
                name: "IdNumberIndex",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "LastVerifiedAt",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "LastVerifiedAt",
                table: "RegisteredUnits");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "RegisteredUnits");

            migrationBuilder.DropColumn(
                name: "LandlordName",
                table: "Houses");

            migrationBuilder.DropColumn(
                name: "LandlordPhone",
                table: "Houses");

            migrationBuilder.DropColumn(
                name: "LastVerifiedAt",
                table: "Houses");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Houses");
        }
    }
}

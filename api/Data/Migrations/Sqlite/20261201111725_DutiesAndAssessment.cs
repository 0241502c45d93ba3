using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DutiesAndAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentWeights",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Bureau = table.Column<int>(type: "INTEGER", nullable: false),
                    Community = table.Column<int>(type: "INTEGER", nullable: false),
                    Residents = table.Column<int>(type: "INTEGER", nullable: false),
                    SetById = table.Column<long>(type: "INTEGER", nullable: true),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentWeights", x => x.Id);
                    table.CheckConstraint("CK_AssessmentWeights_Sum", "\"Bureau\" >= 0 AND \"Community\" >= 0 AND \"Residents\" >= 0 AND \"Bureau\" + \"Community\" + \"Residents\" = 100");
                    table.ForeignKey(
                        name: "FK_AssessmentWeights_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentWeights_People_SetById",
                        column: x => x.SetById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DutyCategories",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GridWorkerAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GridWorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    AssessedById = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Score = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedById = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GridWorkerAssessments", x => x.Id);
                    table.CheckConstraint("CK_GridWorkerAssessment_Period", "\"To\" >= \"From\"");
                    table.ForeignKey(
                        name: "FK_GridWorkerAssessments_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridWorkerAssessments_People_AssessedById",
                        column: x => x.AssessedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridWorkerAssessments_People_GridWorkerId",
                        column: x => x.GridWorkerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GridWorkerAssessments_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DutyItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CategoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TextZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetiredById = table.Column<long>(type: "INTEGER", nullable: true),
                    AddedById = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DutyItems_DutyCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "DutyCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DutyItems_People_AddedById",
                        column: x => x.AddedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DutyItems_People_RetiredById",
                        column: x => x.RetiredById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentScoreEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedById = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedInUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentScoreEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentScoreEntries_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentScoreEntries_OrgUnits_RecordedInUnitId",
                        column: x => x.RecordedInUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentScoreEntries_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfficerAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BureauScore = table.Column<long>(type: "INTEGER", nullable: true),
                    BureauEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    CommunityScore = table.Column<long>(type: "INTEGER", nullable: true),
                    CommunityEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    ResidentsScore = table.Column<long>(type: "INTEGER", nullable: true),
                    ResidentsEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedById = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerAssessments", x => x.Id);
                    table.CheckConstraint("CK_OfficerAssessment_Period", "\"To\" >= \"From\"");
                    table.ForeignKey(
                        name: "FK_OfficerAssessments_AssessmentScoreEntries_BureauEntryId",
                        column: x => x.BureauEntryId,
                        principalTable: "AssessmentScoreEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficerAssessments_AssessmentScoreEntries_CommunityEntryId",
                        column: x => x.CommunityEntryId,
                        principalTable: "AssessmentScoreEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficerAssessments_AssessmentScoreEntries_ResidentsEntryId",
                        column: x => x.ResidentsEntryId,
                        principalTable: "AssessmentScoreEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficerAssessments_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficerAssessments_People_OpenedById",
                        column: x => x.OpenedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OfficerAssessments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "DutyCategories",
                columns: new[] { "Id", "Code", "Name", "NameZh", "Ordinal" },
                values: new object[,]
                {
                    { 1L, "PublicSecurityPrevention", "Public-security prevention", "治安防范", 1 },
                    { 2L, "PopulationManagement", "Population management", "人口管理", 2 },
                    { 3L, "InformationCollection", "Information collection", "信息采集", 3 },
                    { 4L, "DisputeResolution", "Dispute resolution", "矛盾化解", 4 },
                    { 5L, "ServingThePublic", "Serving the public", "服务群众", 5 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScoreEntries_AssessmentId_Party",
                table: "AssessmentScoreEntries",
                columns: new[] { "AssessmentId", "Party" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScoreEntries_OwnerPath",
                table: "AssessmentScoreEntries",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScoreEntries_OwnerUnitId",
                table: "AssessmentScoreEntries",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScoreEntries_RecordedById",
                table: "AssessmentScoreEntries",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScoreEntries_RecordedInUnitId",
                table: "AssessmentScoreEntries",
                column: "RecordedInUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentWeights_OwnerPath",
                table: "AssessmentWeights",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentWeights_OwnerUnitId",
                table: "AssessmentWeights",
                column: "OwnerUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentWeights_SetById",
                table: "AssessmentWeights",
                column: "SetById");

            migrationBuilder.CreateIndex(
                name: "IX_DutyCategories_Code",
                table: "DutyCategories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DutyItems_AddedById",
                table: "DutyItems",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_DutyItems_CategoryId",
                table: "DutyItems",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_DutyItems_Code",
                table: "DutyItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DutyItems_RetiredById",
                table: "DutyItems",
                column: "RetiredById");

            migrationBuilder.CreateIndex(
                name: "IX_GridWorkerAssessments_AssessedById",
                table: "GridWorkerAssessments",
                column: "AssessedById");

            migrationBuilder.CreateIndex(
                name: "IX_GridWorkerAssessments_GridWorkerId_From_To",
                table: "GridWorkerAssessments",
                columns: new[] { "GridWorkerId", "From", "To" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GridWorkerAssessments_OwnerPath",
                table: "GridWorkerAssessments",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_GridWorkerAssessments_OwnerUnitId",
                table: "GridWorkerAssessments",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_GridWorkerAssessments_RecordedById",
                table: "GridWorkerAssessments",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAssessments_BureauEntryId",
                table: "OfficerAssessments",
                column: "BureauEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAssessments_CommunityEntryId",
                table: "OfficerAssessments",
                column: "CommunityEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAssessments_OpenedById",
                table: "OfficerAssessments",
                column: "OpenedById");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAssessments_OwnerPath",
                table: "OfficerAssessments",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAssessments_OwnerUnitId",
                table: "OfficerAssessments",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAssessments_PersonId_From_To",
                table: "OfficerAssessments",
                columns: new[] { "PersonId", "From", "To" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficerAssessments_ResidentsEntryId",
                table: "OfficerAssessments",
                column: "ResidentsEntryId");

            migrationBuilder.AddForeignKey(
                name: "FK_AssessmentScoreEntries_OfficerAssessments_AssessmentId",
                table: "AssessmentScoreEntries",
                column: "AssessmentId",
                principalTable: "OfficerAssessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AssessmentScoreEntries_OfficerAssessments_AssessmentId",
                table: "AssessmentScoreEntries");

            migrationBuilder.DropTable(
                name: "AssessmentWeights");

            migrationBuilder.DropTable(
                name: "DutyItems");

            migrationBuilder.DropTable(
                name: "GridWorkerAssessments");

            migrationBuilder.DropTable(
                name: "DutyCategories");

            migrationBuilder.DropTable(
                name: "OfficerAssessments");

            migrationBuilder.DropTable(
                name: "AssessmentScoreEntries");
        }
    }
}

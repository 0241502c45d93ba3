using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FieldWorkOwnTotalsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkUnitTotals_OwnTotals",
                table: "FieldWorkUnitTotals",
                columns: new[] { "Grain", "Kind", "Start", "OwnerPath", "OwnerUnitId", "Count", "Entries" },
                filter: "\"Reach\" = 'Own'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldWorkUnitTotals_OwnTotals",
                table: "FieldWorkUnitTotals");
        }
    }
}

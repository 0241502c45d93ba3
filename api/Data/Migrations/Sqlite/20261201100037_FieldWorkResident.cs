using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FieldWorkResident : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ResidentId",
                table: "FieldWorkEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_ResidentId",
                table: "FieldWorkEvents",
                column: "ResidentId");

            migrationBuilder.AddForeignKey(
                name: "FK_FieldWorkEvents_Residents_ResidentId",
                table: "FieldWorkEvents",
                column: "ResidentId",
                principalTable: "Residents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FieldWorkEvents_Residents_ResidentId",
                table: "FieldWorkEvents");

            migrationBuilder.DropIndex(
                name: "IX_FieldWorkEvents_ResidentId",
                table: "FieldWorkEvents");

            migrationBuilder.DropColumn(
                name: "ResidentId",
                table: "FieldWorkEvents");
        }
    }
}

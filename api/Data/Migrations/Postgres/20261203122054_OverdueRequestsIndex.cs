using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OverdueRequestsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Stage_Deadline",
                table: "ServiceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Stage_Deadline_OwnerPath_OwnerUnitId",
                table: "ServiceRequests",
                columns: new[] { "Stage", "Deadline", "OwnerPath", "OwnerUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Stage_Deadline_OwnerPath_OwnerUnitId",
                table: "ServiceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Stage_Deadline",
                table: "ServiceRequests",
                columns: new[] { "Stage", "Deadline" });
        }
    }
}

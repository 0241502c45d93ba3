using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RequestPeriodIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_DivertedAt_OwnerPath_OwnerUnitId_Kind",
                table: "ServiceRequests",
                columns: new[] { "DivertedAt", "OwnerPath", "OwnerUnitId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_RepliedAt_OwnerPath_OwnerUnitId_Deadline",
                table: "ServiceRequests",
                columns: new[] { "RepliedAt", "OwnerPath", "OwnerUnitId", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_VisitedAt_OwnerPath",
                table: "ReturnVisits",
                columns: new[] { "VisitedAt", "OwnerPath" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_ScoredAt_OwnerPath",
                table: "RequestScorings",
                columns: new[] { "ScoredAt", "OwnerPath" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestExtensions_DecidedAt_OwnerPath",
                table: "RequestExtensions",
                columns: new[] { "DecidedAt", "OwnerPath" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestChases_ChasedAt_OwnerPath",
                table: "RequestChases",
                columns: new[] { "ChasedAt", "OwnerPath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_DivertedAt_OwnerPath_OwnerUnitId_Kind",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_RepliedAt_OwnerPath_OwnerUnitId_Deadline",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ReturnVisits_VisitedAt_OwnerPath",
                table: "ReturnVisits");

            migrationBuilder.DropIndex(
                name: "IX_RequestScorings_ScoredAt_OwnerPath",
                table: "RequestScorings");

            migrationBuilder.DropIndex(
                name: "IX_RequestExtensions_DecidedAt_OwnerPath",
                table: "RequestExtensions");

            migrationBuilder.DropIndex(
                name: "IX_RequestChases_ChasedAt_OwnerPath",
                table: "RequestChases");
        }
    }
}

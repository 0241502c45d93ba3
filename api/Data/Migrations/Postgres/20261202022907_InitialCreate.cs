using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Gateway.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Checkpoint = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    TenantUnitId = table.Column<long>(type: "bigint", nullable: true),
                    TenantPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Operation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ObjectIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Occurrences = table.Column<int>(type: "integer", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DutyCategories",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    NameZh = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    Ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExternalOrganisations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Hotline = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalOrganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MutationReceipt",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Caller = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Mutation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    InputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ResultId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MutationReceipt", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictApplications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ApplicationType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    ClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    ClientSecret = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClientType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    ConsentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    DisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DisplayNames = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    JsonWebKeySet = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Permissions = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PostLogoutRedirectUris = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Properties = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    RedirectUris = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Requirements = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Settings = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictScopes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Descriptions = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DisplayNames = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Properties = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Resources = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictScopes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<long>(type: "bigint", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    Path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    MergedIntoId = table.Column<long>(type: "bigint", nullable: true),
                    MergedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HostCommunityId = table.Column<long>(type: "bigint", nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    HasSignage = table.Column<bool>(type: "boolean", nullable: false),
                    Cameras = table.Column<int>(type: "integer", nullable: false),
                    Computers = table.Column<int>(type: "integer", nullable: false),
                    MobilePoliceTerminals = table.Column<int>(type: "integer", nullable: false),
                    PoliceBicycles = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgUnits_ExternalOrganisations_HostCommunityId",
                        column: x => x.HostCommunityId,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnits_OrgUnits_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrgUnits_OrgUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictAuthorizations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ApplicationId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    CreationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Scopes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true, collation: "C"),
                    Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictAuthorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictAuthorizations_OpenIddictApplications_Application~",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    SecurityStamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SecretRotatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AllowedAddresses = table.Column<List<string>>(type: "text[]", nullable: false),
                    AllowedOrigins = table.Column<List<string>>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiClients_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldWorkDayTotals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridKey = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    ResidentEntries = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reach = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Grain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    ResidentEntries = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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

            migrationBuilder.CreateTable(
                name: "Grids",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    CommunityId = table.Column<long>(type: "bigint", nullable: false),
                    Streets = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    Households = table.Column<int>(type: "integer", nullable: false),
                    Residents = table.Column<int>(type: "integer", nullable: false),
                    BoundaryGeoJson = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grids", x => x.Id);
                    table.CheckConstraint("CK_Grid_Households", "\"Households\" >= 0 AND \"Residents\" >= 0");
                    table.CheckConstraint("CK_Grid_Period", "\"RetiredOn\" IS NULL OR \"RetiredOn\" >= \"OpenedOn\"");
                    table.ForeignKey(
                        name: "FK_Grids_ExternalOrganisations_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Grids_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfficeStaffingSpans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Police = table.Column<int>(type: "integer", nullable: false),
                    Auxiliaries = table.Column<int>(type: "integer", nullable: false),
                    GridWorkers = table.Column<int>(type: "integer", nullable: false),
                    Grids = table.Column<int>(type: "integer", nullable: false),
                    GridsWithoutGridWorker = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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

            migrationBuilder.CreateTable(
                name: "OrgUnitAttachment",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    ParentId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: true),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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

            migrationBuilder.CreateTable(
                name: "OutboxEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FannedOut = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxEvent_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    BadgeNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C"),
                    Position = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Phone = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    IdNumber = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    SuppliedById = table.Column<long>(type: "bigint", nullable: true),
                    DeactivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeactivatedById = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_ExternalOrganisations_SuppliedById",
                        column: x => x.SuppliedById,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_People_DeactivatedById",
                        column: x => x.DeactivatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StationSquads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationSquads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StationSquads_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkTargets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResidentsVisitedPerDay = table.Column<int>(type: "integer", nullable: false),
                    VisitDaysPerWeek = table.Column<int>(type: "integer", nullable: false),
                    SpecialGroupServicesPerMonth = table.Column<int>(type: "integer", nullable: false),
                    PopulationRecordsPerOfficePerDay = table.Column<int>(type: "integer", nullable: false),
                    VehicleChecksPerOfficePerDay = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkTargets_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenIddictTokens",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ApplicationId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AuthorizationId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyToken = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    CreationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpirationDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Properties = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    RedemptionDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReferenceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true, collation: "C"),
                    Type = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenIddictTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "OpenIddictApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId",
                        column: x => x.AuthorizationId,
                        principalTable: "OpenIddictAuthorizations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApiClientId = table.Column<long>(type: "bigint", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    SecretHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_ApiClients_ApiClientId",
                        column: x => x.ApiClientId,
                        principalTable: "ApiClients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ApiKeys_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscription",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApiClientId = table.Column<long>(type: "bigint", nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    EventTypes = table.Column<List<string>>(type: "text[]", nullable: false),
                    SigningSecret = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SecretRotatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscription", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookSubscription_ApiClients_ApiClientId",
                        column: x => x.ApiClientId,
                        principalTable: "ApiClients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WebhookSubscription_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CameraPoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridId = table.Column<long>(type: "bigint", nullable: true),
                    System = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Cameras = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CameraPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CameraPoints_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CameraPoints_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GridRevision",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Streets = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    Households = table.Column<int>(type: "integer", nullable: false),
                    BoundaryGeoJson = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PredecessorId = table.Column<long>(type: "bigint", nullable: false),
                    SuccessorId = table.Column<long>(type: "bigint", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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

            migrationBuilder.CreateTable(
                name: "MassParticipationTeams",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    MemberCount = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MassParticipationTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MassParticipationTeams_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MassParticipationTeams_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    CallerName = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    CallerPhone = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    GridId = table.Column<long>(type: "bigint", nullable: true),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewLevel = table.Column<int>(type: "integer", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    TicketNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    DivertedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DivertedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Deadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    RepliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RepliedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRequests", x => x.Id);
                    table.CheckConstraint("CK_ServiceRequest_ReviewLevel", "\"ReviewLevel\" BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "FK_ServiceRequests_ExternalOrganisations_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StandardAddresses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridId = table.Column<long>(type: "bigint", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    Street = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    DoorNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    Building = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C"),
                    BuildingUnit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C"),
                    Floor = table.Column<int>(type: "integer", nullable: true),
                    Room = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardAddresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardAddresses_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardAddresses_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentWeights",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Bureau = table.Column<int>(type: "integer", nullable: false),
                    Community = table.Column<int>(type: "integer", nullable: false),
                    Residents = table.Column<int>(type: "integer", nullable: false),
                    SetById = table.Column<long>(type: "bigint", nullable: true),
                    SetAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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
                name: "CommunityPosts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    CommunityId = table.Column<long>(type: "bigint", nullable: false),
                    Post = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunityPosts_ExternalOrganisations_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunityPosts_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunityPosts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dispatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DestinationGridId = table.Column<long>(type: "bigint", nullable: true),
                    DestinationOfficeId = table.Column<long>(type: "bigint", nullable: true),
                    DestinationText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dispatches", x => x.Id);
                    table.CheckConstraint("CK_Dispatch_OneDestination", "(CASE WHEN \"DestinationGridId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DestinationOfficeId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"DestinationText\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_Dispatches_Grids_DestinationGridId",
                        column: x => x.DestinationGridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_OrgUnits_DestinationOfficeId",
                        column: x => x.DestinationOfficeId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispatches_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DutyItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CategoryId = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    TextZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredById = table.Column<long>(type: "bigint", nullable: true),
                    AddedById = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "DutyShifts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CancellationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyShifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DutyShifts_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DutyShifts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GridWorkerAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridWorkerId = table.Column<long>(type: "bigint", nullable: false),
                    AssessedById = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Score = table.Column<long>(type: "bigint", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    RecordedById = table.Column<long>(type: "bigint", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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
                name: "Informants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CodeName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Occupation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecruitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredById = table.Column<long>(type: "bigint", nullable: true),
                    DeactivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeactivatedById = table.Column<long>(type: "bigint", nullable: true),
                    DeactivationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Informants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Informants_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Informants_People_DeactivatedById",
                        column: x => x.DeactivatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Informants_People_RegisteredById",
                        column: x => x.RegisteredById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeavePeriods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    RecordedById = table.Column<long>(type: "bigint", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledById = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeavePeriods", x => x.Id);
                    table.CheckConstraint("CK_LeavePeriod_Period", "\"To\" >= \"From\"");
                    table.ForeignKey(
                        name: "FK_LeavePeriods_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeavePeriods_People_CancelledById",
                        column: x => x.CancelledById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeavePeriods_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeavePeriods_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationCommittees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ChairId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCommittees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationCommittees_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCommittees_People_ChairId",
                        column: x => x.ChairId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StationCaseAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationCaseAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StationCaseAssignments_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StationCaseAssignments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    GridId = table.Column<long>(type: "bigint", nullable: true),
                    SquadId = table.Column<long>(type: "bigint", nullable: true),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    AssignedById = table.Column<long>(type: "bigint", nullable: true),
                    EndedById = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.CheckConstraint("CK_Assignment_Period", "\"To\" IS NULL OR \"To\" >= \"From\"");
                    table.ForeignKey(
                        name: "FK_Assignments_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_People_AssignedById",
                        column: x => x.AssignedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_People_EndedById",
                        column: x => x.EndedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_StationSquads_SquadId",
                        column: x => x.SquadId,
                        principalTable: "StationSquads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookDelivery",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OutboxEventId = table.Column<long>(type: "bigint", nullable: false),
                    SubscriptionId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastStatusCode = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    DeliveredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDelivery", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookDelivery_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WebhookDelivery_OutboxEvent_OutboxEventId",
                        column: x => x.OutboxEventId,
                        principalTable: "OutboxEvent",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WebhookDelivery_WebhookSubscription_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "WebhookSubscription",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestChases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    ChasedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChasedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    Deadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestChases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestChases_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestChases_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestDispatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DispatchedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestDispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestDispatches_ExternalOrganisations_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestDispatches_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestDispatches_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestExtensions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    DeadlineBefore = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    DeadlineAfter = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestExtensions_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestExtensions_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ReviewerPersonId = table.Column<long>(type: "bigint", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestReviews", x => x.Id);
                    table.CheckConstraint("CK_RequestReview_Level", "\"Level\" BETWEEN 1 AND 4");
                    table.ForeignKey(
                        name: "FK_RequestReviews_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestReviews_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestScorings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: false),
                    Effectiveness = table.Column<int>(type: "integer", nullable: false),
                    ResidentsEvaluation = table.Column<int>(type: "integer", nullable: false),
                    Procedure = table.Column<int>(type: "integer", nullable: false),
                    ScoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScoredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestScorings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestScorings_ExternalOrganisations_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "ExternalOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestScorings_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestScorings_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReturnVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<long>(type: "bigint", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VisitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VisitedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Satisfied = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnVisits_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnVisits_ServiceRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Houses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridId = table.Column<long>(type: "bigint", nullable: false),
                    AddressId = table.Column<long>(type: "bigint", nullable: true),
                    Use = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    HolderPhone = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    LandlordName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    LandlordPhone = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    Rooms = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastVerifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Houses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Houses_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Houses_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Houses_StandardAddresses_AddressId",
                        column: x => x.AddressId,
                        principalTable: "StandardAddresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisteredUnits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridId = table.Column<long>(type: "bigint", nullable: false),
                    AddressId = table.Column<long>(type: "bigint", nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ContactName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    ContactPhone = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastVerifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisteredUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisteredUnits_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisteredUnits_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisteredUnits_StandardAddresses_AddressId",
                        column: x => x.AddressId,
                        principalTable: "StandardAddresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Residents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GridId = table.Column<long>(type: "bigint", nullable: false),
                    AddressId = table.Column<long>(type: "bigint", nullable: true),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    IdNumber = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    IdNumberIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Phone = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    Registration = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SpecialGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    KeyPersonCategory = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MentalHealthRisk = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastVerifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Residents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Residents_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Residents_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Residents_StandardAddresses_AddressId",
                        column: x => x.AddressId,
                        principalTable: "StandardAddresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    RoleId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InformantAuthorisations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformantId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorisedById = table.Column<long>(type: "bigint", nullable: true),
                    AuthorisedByActor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    AuthorisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantAuthorisations", x => x.Id);
                    table.CheckConstraint("CK_InformantAuthorisation_Period", "\"ValidUntil\" >= \"ValidFrom\"");
                    table.ForeignKey(
                        name: "FK_InformantAuthorisations_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantAuthorisations_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantAuthorisations_People_AuthorisedById",
                        column: x => x.AuthorisedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformantContacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformantId = table.Column<long>(type: "bigint", nullable: false),
                    OfficerId = table.Column<long>(type: "bigint", nullable: false),
                    ContactedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Direction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformantContacts_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantContacts_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantContacts_People_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformantHandlings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformantId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    AssignedById = table.Column<long>(type: "bigint", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantHandlings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformantHandlings_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantHandlings_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantHandlings_People_AssignedById",
                        column: x => x.AssignedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantHandlings_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformantIdentities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformantId = table.Column<long>(type: "bigint", nullable: false),
                    RealName = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    IdNumber = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    Phone = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantIdentities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformantIdentities_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantIdentities_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformantTaskings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformantId = table.Column<long>(type: "bigint", nullable: false),
                    Direction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: false),
                    TaskedById = table.Column<long>(type: "bigint", nullable: true),
                    TaskedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantTaskings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformantTaskings_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantTaskings_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantTaskings_People_TaskedById",
                        column: x => x.TaskedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformantTrainings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformantId = table.Column<long>(type: "bigint", nullable: false),
                    Topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TrainedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<long>(type: "bigint", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformantTrainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformantTrainings_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantTrainings_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformantTrainings_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tips",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformantId = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedById = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    SourceReliability = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Assessment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Useful = table.Column<bool>(type: "boolean", nullable: false),
                    MarkedUsefulById = table.Column<long>(type: "bigint", nullable: true),
                    MarkedUsefulAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tips_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tips_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tips_People_MarkedUsefulById",
                        column: x => x.MarkedUsefulById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tips_People_ReceivedById",
                        column: x => x.ReceivedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommitteeId = table.Column<long>(type: "bigint", nullable: false),
                    GridId = table.Column<long>(type: "bigint", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InvestigatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    ReferredTo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationCases_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCases_MediationCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "MediationCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCases_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommitteeId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    MemberKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationMembers_MediationCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "MediationCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationMembers_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldWorkEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    GridId = table.Column<long>(type: "bigint", nullable: true),
                    ResidentId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    RecordedById = table.Column<long>(type: "bigint", nullable: true),
                    RecordedByClient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CorrectedById = table.Column<long>(type: "bigint", nullable: true),
                    CorrectionReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    VoidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VoidReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    VoidedById = table.Column<long>(type: "bigint", nullable: true),
                    VoidedByClient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldWorkEvents", x => x.Id);
                    table.CheckConstraint("CK_FieldWorkEvent_Count", "\"Count\" > 0");
                    table.ForeignKey(
                        name: "FK_FieldWorkEvents_FieldWorkEvents_CorrectedById",
                        column: x => x.CorrectedById,
                        principalTable: "FieldWorkEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldWorkEvents_Grids_GridId",
                        column: x => x.GridId,
                        principalTable: "Grids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldWorkEvents_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldWorkEvents_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldWorkEvents_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldWorkEvents_People_VoidedById",
                        column: x => x.VoidedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldWorkEvents_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KeyPersonControls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResidentId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StandardAddressId = table.Column<long>(type: "bigint", nullable: true),
                    ResidentId = table.Column<long>(type: "bigint", nullable: true),
                    HouseId = table.Column<long>(type: "bigint", nullable: true),
                    RegisteredUnitId = table.Column<long>(type: "bigint", nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangesJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryRevisions", x => x.Id);
                    table.CheckConstraint("CK_RegistryRevision_OneRecord", "num_nonnulls(\"StandardAddressId\", \"ResidentId\", \"HouseId\", \"RegisteredUnitId\") = 1");
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

            migrationBuilder.CreateTable(
                name: "Rewards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InformantId = table.Column<long>(type: "bigint", nullable: false),
                    TipId = table.Column<long>(type: "bigint", nullable: false),
                    OfferedById = table.Column<long>(type: "bigint", nullable: true),
                    OfferedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rewards_Informants_InformantId",
                        column: x => x.InformantId,
                        principalTable: "Informants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rewards_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rewards_People_OfferedById",
                        column: x => x.OfferedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rewards_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TipDisseminations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TipId = table.Column<long>(type: "bigint", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    DisseminatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DisseminatedById = table.Column<long>(type: "bigint", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipDisseminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipDisseminations_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipDisseminations_People_DisseminatedById",
                        column: x => x.DisseminatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TipDisseminations_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationAgreements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Facts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    Matters = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    Terms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    PerformanceDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FollowedUpAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Performance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationAgreements_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationAgreements_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationCaseSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ById = table.Column<long>(type: "bigint", nullable: true),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCaseSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationCaseSteps_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCaseSteps_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationCaseSteps_People_ById",
                        column: x => x.ById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationParties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    IdNumber = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    Phone = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ResidentId = table.Column<long>(type: "bigint", nullable: true),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationParties_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationParties_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationParties_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    HeldAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Record = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationSessions_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationSessions_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RewardEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RewardId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    RecordedById = table.Column<long>(type: "bigint", nullable: true),
                    RecordedByActor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardEntries", x => x.Id);
                    table.CheckConstraint("CK_RewardEntry_Amount", "(\"Kind\" = 'Offered' AND \"Amount\" BETWEEN 5000 AND 50000) OR (\"Kind\" = 'Corrected' AND \"Amount\" BETWEEN -50000 AND 50000) OR (\"Kind\" NOT IN ('Offered', 'Corrected') AND \"Amount\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_RewardEntries_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardEntries_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RewardEntries_Rewards_RewardId",
                        column: x => x.RewardId,
                        principalTable: "Rewards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediationSessionMediators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    MemberId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSessionMediators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationSessionMediators_MediationMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "MediationMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationSessionMediators_MediationSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "MediationSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediationSessionMediators_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentScoreEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<long>(type: "bigint", nullable: false),
                    Party = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Score = table.Column<long>(type: "bigint", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    RecordedById = table.Column<long>(type: "bigint", nullable: true),
                    RecordedInUnitId = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    BureauScore = table.Column<long>(type: "bigint", nullable: true),
                    BureauEntryId = table.Column<long>(type: "bigint", nullable: true),
                    CommunityScore = table.Column<long>(type: "bigint", nullable: true),
                    CommunityEntryId = table.Column<long>(type: "bigint", nullable: true),
                    ResidentsScore = table.Column<long>(type: "bigint", nullable: true),
                    ResidentsEntryId = table.Column<long>(type: "bigint", nullable: true),
                    OpenedById = table.Column<long>(type: "bigint", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerUnitId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
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
                table: "AuditChainHeads",
                columns: new[] { "Id", "Checkpoint" },
                values: new object[] { 1, null });

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
                name: "IX_ApiClients_ClientId",
                table: "ApiClients",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_OwnerPath",
                table: "ApiClients",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_OwnerUnitId",
                table: "ApiClients",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_ApiClientId",
                table: "ApiKeys",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyId",
                table: "ApiKeys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_OwnerPath",
                table: "ApiKeys",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_OwnerUnitId",
                table: "ApiKeys",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UnitId",
                table: "AspNetUsers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_Assignments_AssignedById",
                table: "Assignments",
                column: "AssignedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_EndedById",
                table: "Assignments",
                column: "EndedById");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_GridId",
                table: "Assignments",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_OwnerPath",
                table: "Assignments",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_OwnerUnitId",
                table: "Assignments",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_PersonId",
                table: "Assignments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_SquadId",
                table: "Assignments",
                column: "SquadId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_UnitId",
                table: "Assignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_OccurredAt",
                table: "AuditRecords",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_TenantPath",
                table: "AuditRecords",
                column: "TenantPath");

            migrationBuilder.CreateIndex(
                name: "IX_CameraPoints_GridId",
                table: "CameraPoints",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_CameraPoints_OwnerPath",
                table: "CameraPoints",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_CameraPoints_OwnerUnitId",
                table: "CameraPoints",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_CommunityId",
                table: "CommunityPosts",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_OwnerPath",
                table: "CommunityPosts",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_OwnerUnitId",
                table: "CommunityPosts",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_PersonId",
                table: "CommunityPosts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_DestinationGridId",
                table: "Dispatches",
                column: "DestinationGridId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_DestinationOfficeId",
                table: "Dispatches",
                column: "DestinationOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_OwnerPath",
                table: "Dispatches",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_OwnerPath_DispatchedAt",
                table: "Dispatches",
                columns: new[] { "OwnerPath", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_OwnerUnitId",
                table: "Dispatches",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_PersonId_DispatchedAt",
                table: "Dispatches",
                columns: new[] { "PersonId", "DispatchedAt" });

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
                name: "IX_DutyShifts_OwnerPath",
                table: "DutyShifts",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_DutyShifts_OwnerPath_Date",
                table: "DutyShifts",
                columns: new[] { "OwnerPath", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DutyShifts_OwnerUnitId",
                table: "DutyShifts",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DutyShifts_PersonId_Date",
                table: "DutyShifts",
                columns: new[] { "PersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalOrganisations_Name",
                table: "ExternalOrganisations",
                column: "Name",
                unique: true);

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
                name: "IX_FieldWorkEvents_CorrectedById",
                table: "FieldWorkEvents",
                column: "CorrectedById",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_GridId",
                table: "FieldWorkEvents",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_OwnerPath",
                table: "FieldWorkEvents",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_OwnerPath_OccurredAt",
                table: "FieldWorkEvents",
                columns: new[] { "OwnerPath", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_OwnerUnitId_OccurredAt",
                table: "FieldWorkEvents",
                columns: new[] { "OwnerUnitId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_PersonId_OccurredAt",
                table: "FieldWorkEvents",
                columns: new[] { "PersonId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_RecordedById",
                table: "FieldWorkEvents",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_ResidentId",
                table: "FieldWorkEvents",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkEvents_VoidedById",
                table: "FieldWorkEvents",
                column: "VoidedById");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkUnitTotals_OwnerPath",
                table: "FieldWorkUnitTotals",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_FieldWorkUnitTotals_OwnerUnitId_Reach_Grain_Start_Kind",
                table: "FieldWorkUnitTotals",
                columns: new[] { "OwnerUnitId", "Reach", "Grain", "Start", "Kind" },
                unique: true);

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
                name: "IX_Grids_CommunityId",
                table: "Grids",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Grids_OwnerPath",
                table: "Grids",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Grids_OwnerUnitId_Code",
                table: "Grids",
                columns: new[] { "OwnerUnitId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Houses_AddressId",
                table: "Houses",
                column: "AddressId");

            migrationBuilder.CreateIndex(
                name: "IX_Houses_GridId",
                table: "Houses",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_Houses_OwnerPath",
                table: "Houses",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Houses_OwnerUnitId",
                table: "Houses",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantAuthorisations_AuthorisedById",
                table: "InformantAuthorisations",
                column: "AuthorisedById");

            migrationBuilder.CreateIndex(
                name: "IX_InformantAuthorisations_InformantId",
                table: "InformantAuthorisations",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantAuthorisations_OwnerPath",
                table: "InformantAuthorisations",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_InformantAuthorisations_OwnerUnitId",
                table: "InformantAuthorisations",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantContacts_InformantId",
                table: "InformantContacts",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantContacts_OfficerId",
                table: "InformantContacts",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantContacts_OwnerPath",
                table: "InformantContacts",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_InformantContacts_OwnerUnitId",
                table: "InformantContacts",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantHandlings_AssignedById",
                table: "InformantHandlings",
                column: "AssignedById");

            migrationBuilder.CreateIndex(
                name: "IX_InformantHandlings_InformantId",
                table: "InformantHandlings",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantHandlings_OwnerPath",
                table: "InformantHandlings",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_InformantHandlings_OwnerUnitId",
                table: "InformantHandlings",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantHandlings_PersonId",
                table: "InformantHandlings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantIdentities_InformantId",
                table: "InformantIdentities",
                column: "InformantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformantIdentities_OwnerPath",
                table: "InformantIdentities",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_InformantIdentities_OwnerUnitId",
                table: "InformantIdentities",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTaskings_InformantId",
                table: "InformantTaskings",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTaskings_OwnerPath",
                table: "InformantTaskings",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTaskings_OwnerUnitId",
                table: "InformantTaskings",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTaskings_TaskedById",
                table: "InformantTaskings",
                column: "TaskedById");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTrainings_InformantId",
                table: "InformantTrainings",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTrainings_OwnerPath",
                table: "InformantTrainings",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTrainings_OwnerUnitId",
                table: "InformantTrainings",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformantTrainings_RecordedById",
                table: "InformantTrainings",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_Informants_DeactivatedById",
                table: "Informants",
                column: "DeactivatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Informants_OwnerPath",
                table: "Informants",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Informants_OwnerUnitId_CodeName",
                table: "Informants",
                columns: new[] { "OwnerUnitId", "CodeName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Informants_RegisteredById",
                table: "Informants",
                column: "RegisteredById");

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
                name: "IX_LeavePeriods_CancelledById",
                table: "LeavePeriods",
                column: "CancelledById");

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_OwnerPath",
                table: "LeavePeriods",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_OwnerUnitId",
                table: "LeavePeriods",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_PersonId_From",
                table: "LeavePeriods",
                columns: new[] { "PersonId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_LeavePeriods_RecordedById",
                table: "LeavePeriods",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_MassParticipationTeams_GridId",
                table: "MassParticipationTeams",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_MassParticipationTeams_OwnerPath",
                table: "MassParticipationTeams",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MassParticipationTeams_OwnerUnitId",
                table: "MassParticipationTeams",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationAgreements_CaseId",
                table: "MediationAgreements",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationAgreements_OwnerPath",
                table: "MediationAgreements",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationAgreements_OwnerUnitId",
                table: "MediationAgreements",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseSteps_ById",
                table: "MediationCaseSteps",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseSteps_CaseId",
                table: "MediationCaseSteps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseSteps_OwnerPath",
                table: "MediationCaseSteps",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCaseSteps_OwnerUnitId",
                table: "MediationCaseSteps",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_CommitteeId",
                table: "MediationCases",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_GridId",
                table: "MediationCases",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_OwnerPath",
                table: "MediationCases",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_OwnerUnitId_CaseNumber",
                table: "MediationCases",
                columns: new[] { "OwnerUnitId", "CaseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationCommittees_ChairId",
                table: "MediationCommittees",
                column: "ChairId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCommittees_OwnerPath",
                table: "MediationCommittees",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationCommittees_OwnerUnitId",
                table: "MediationCommittees",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationMembers_CommitteeId",
                table: "MediationMembers",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationMembers_OwnerPath",
                table: "MediationMembers",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationMembers_OwnerUnitId",
                table: "MediationMembers",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationMembers_PersonId",
                table: "MediationMembers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationParties_CaseId",
                table: "MediationParties",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationParties_OwnerPath",
                table: "MediationParties",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationParties_OwnerUnitId",
                table: "MediationParties",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationParties_ResidentId",
                table: "MediationParties",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessionMediators_MemberId",
                table: "MediationSessionMediators",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessionMediators_OwnerPath",
                table: "MediationSessionMediators",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessionMediators_OwnerUnitId",
                table: "MediationSessionMediators",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessionMediators_SessionId_MemberId",
                table: "MediationSessionMediators",
                columns: new[] { "SessionId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessions_CaseId",
                table: "MediationSessions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessions_OwnerPath",
                table: "MediationSessions",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessions_OwnerUnitId",
                table: "MediationSessions",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MutationReceipt_Caller_Mutation_Key",
                table: "MutationReceipt",
                columns: new[] { "Caller", "Mutation", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficeStaffingSpans_OwnerPath",
                table: "OfficeStaffingSpans",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeStaffingSpans_OwnerUnitId_From",
                table: "OfficeStaffingSpans",
                columns: new[] { "OwnerUnitId", "From" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictApplications_ClientId",
                table: "OpenIddictApplications",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type",
                table: "OpenIddictAuthorizations",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictScopes_Name",
                table: "OpenIddictScopes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type",
                table: "OpenIddictTokens",
                columns: new[] { "ApplicationId", "Status", "Subject", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_AuthorizationId",
                table: "OpenIddictTokens",
                column: "AuthorizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenIddictTokens_ReferenceId",
                table: "OpenIddictTokens",
                column: "ReferenceId",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_Code",
                table: "OrgUnits",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_HostCommunityId",
                table: "OrgUnits",
                column: "HostCommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_MergedIntoId",
                table: "OrgUnits",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_ParentId",
                table: "OrgUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvent_EventId",
                table: "OutboxEvent",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvent_FannedOut",
                table: "OutboxEvent",
                column: "FannedOut");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvent_OwnerPath",
                table: "OutboxEvent",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEvent_OwnerUnitId",
                table: "OutboxEvent",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_People_DeactivatedById",
                table: "People",
                column: "DeactivatedById");

            migrationBuilder.CreateIndex(
                name: "IX_People_OwnerPath",
                table: "People",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_People_OwnerUnitId_BadgeNumber",
                table: "People",
                columns: new[] { "OwnerUnitId", "BadgeNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_SuppliedById",
                table: "People",
                column: "SuppliedById");

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredUnits_AddressId",
                table: "RegisteredUnits",
                column: "AddressId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredUnits_GridId",
                table: "RegisteredUnits",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredUnits_OwnerPath",
                table: "RegisteredUnits",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredUnits_OwnerUnitId",
                table: "RegisteredUnits",
                column: "OwnerUnitId");

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

            migrationBuilder.CreateIndex(
                name: "IX_RequestChases_OwnerPath",
                table: "RequestChases",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RequestChases_OwnerUnitId",
                table: "RequestChases",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestChases_RequestId_Deadline",
                table: "RequestChases",
                columns: new[] { "RequestId", "Deadline" },
                unique: true,
                filter: "\"Automatic\"");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDispatches_DepartmentId_DispatchedAt",
                table: "RequestDispatches",
                columns: new[] { "DepartmentId", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestDispatches_OwnerPath",
                table: "RequestDispatches",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDispatches_OwnerUnitId",
                table: "RequestDispatches",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDispatches_RequestId_DispatchedAt",
                table: "RequestDispatches",
                columns: new[] { "RequestId", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestExtensions_OwnerPath",
                table: "RequestExtensions",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RequestExtensions_OwnerUnitId",
                table: "RequestExtensions",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestExtensions_RequestId",
                table: "RequestExtensions",
                column: "RequestId",
                unique: true,
                filter: "\"Decision\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RequestReviews_OwnerPath",
                table: "RequestReviews",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RequestReviews_OwnerUnitId",
                table: "RequestReviews",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestReviews_RequestId_Level",
                table: "RequestReviews",
                columns: new[] { "RequestId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestReviews_RequestId_Reviewer",
                table: "RequestReviews",
                columns: new[] { "RequestId", "Reviewer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_DepartmentId",
                table: "RequestScorings",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_OwnerPath",
                table: "RequestScorings",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_OwnerUnitId",
                table: "RequestScorings",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestScorings_RequestId",
                table: "RequestScorings",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Residents_AddressId",
                table: "Residents",
                column: "AddressId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_GridId",
                table: "Residents",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_IdNumberIndex",
                table: "Residents",
                column: "IdNumberIndex");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_OwnerPath",
                table: "Residents",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_OwnerUnitId",
                table: "Residents",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_OwnerPath",
                table: "ReturnVisits",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_OwnerUnitId",
                table: "ReturnVisits",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_RequestId",
                table: "ReturnVisits",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardEntries_OwnerPath",
                table: "RewardEntries",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_RewardEntries_OwnerUnitId",
                table: "RewardEntries",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardEntries_RecordedById",
                table: "RewardEntries",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_RewardEntries_RewardId",
                table: "RewardEntries",
                column: "RewardId");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_InformantId",
                table: "Rewards",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_OfferedById",
                table: "Rewards",
                column: "OfferedById");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_OwnerPath",
                table: "Rewards",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_OwnerUnitId",
                table: "Rewards",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_TipId",
                table: "Rewards",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_DepartmentId",
                table: "ServiceRequests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_GridId",
                table: "ServiceRequests",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_OwnerPath",
                table: "ServiceRequests",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_OwnerPath_ReceivedAt",
                table: "ServiceRequests",
                columns: new[] { "OwnerPath", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_OwnerUnitId_Number",
                table: "ServiceRequests",
                columns: new[] { "OwnerUnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Stage_Deadline",
                table: "ServiceRequests",
                columns: new[] { "Stage", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_TicketNumber",
                table: "ServiceRequests",
                column: "TicketNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardAddresses_GridId",
                table: "StandardAddresses",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardAddresses_OwnerPath",
                table: "StandardAddresses",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_StandardAddresses_OwnerUnitId",
                table: "StandardAddresses",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StationCaseAssignments_OwnerPath",
                table: "StationCaseAssignments",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_StationCaseAssignments_OwnerUnitId_CaseNumber",
                table: "StationCaseAssignments",
                columns: new[] { "OwnerUnitId", "CaseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_StationCaseAssignments_PersonId_AssignedOn",
                table: "StationCaseAssignments",
                columns: new[] { "PersonId", "AssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_StationSquads_OwnerPath",
                table: "StationSquads",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_StationSquads_OwnerUnitId_Kind",
                table: "StationSquads",
                columns: new[] { "OwnerUnitId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TipDisseminations_DisseminatedById",
                table: "TipDisseminations",
                column: "DisseminatedById");

            migrationBuilder.CreateIndex(
                name: "IX_TipDisseminations_OwnerPath",
                table: "TipDisseminations",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_TipDisseminations_OwnerUnitId",
                table: "TipDisseminations",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TipDisseminations_TipId",
                table: "TipDisseminations",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_InformantId",
                table: "Tips",
                column: "InformantId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_MarkedUsefulById",
                table: "Tips",
                column: "MarkedUsefulById");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_OwnerPath",
                table: "Tips",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_OwnerUnitId",
                table: "Tips",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ReceivedById",
                table: "Tips",
                column: "ReceivedById");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDelivery_OutboxEventId_SubscriptionId",
                table: "WebhookDelivery",
                columns: new[] { "OutboxEventId", "SubscriptionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDelivery_OwnerPath",
                table: "WebhookDelivery",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDelivery_OwnerUnitId",
                table: "WebhookDelivery",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDelivery_Status_NextAttemptAt",
                table: "WebhookDelivery",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDelivery_SubscriptionId",
                table: "WebhookDelivery",
                column: "SubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscription_ApiClientId",
                table: "WebhookSubscription",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscription_OwnerPath",
                table: "WebhookSubscription",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscription_OwnerUnitId",
                table: "WebhookSubscription",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTargets_OwnerPath",
                table: "WorkTargets",
                column: "OwnerPath");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTargets_OwnerUnitId",
                table: "WorkTargets",
                column: "OwnerUnitId",
                unique: true);

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
                name: "FK_AssessmentScoreEntries_OrgUnits_OwnerUnitId",
                table: "AssessmentScoreEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_AssessmentScoreEntries_OrgUnits_RecordedInUnitId",
                table: "AssessmentScoreEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_OfficerAssessments_OrgUnits_OwnerUnitId",
                table: "OfficerAssessments");

            migrationBuilder.DropForeignKey(
                name: "FK_People_OrgUnits_OwnerUnitId",
                table: "People");

            migrationBuilder.DropForeignKey(
                name: "FK_AssessmentScoreEntries_People_RecordedById",
                table: "AssessmentScoreEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_OfficerAssessments_People_OpenedById",
                table: "OfficerAssessments");

            migrationBuilder.DropForeignKey(
                name: "FK_OfficerAssessments_People_PersonId",
                table: "OfficerAssessments");

            migrationBuilder.DropForeignKey(
                name: "FK_AssessmentScoreEntries_OfficerAssessments_AssessmentId",
                table: "AssessmentScoreEntries");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AssessmentWeights");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "CameraPoints");

            migrationBuilder.DropTable(
                name: "CommunityPosts");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Dispatches");

            migrationBuilder.DropTable(
                name: "DutyItems");

            migrationBuilder.DropTable(
                name: "DutyShifts");

            migrationBuilder.DropTable(
                name: "FieldWorkDayTotals");

            migrationBuilder.DropTable(
                name: "FieldWorkEvents");

            migrationBuilder.DropTable(
                name: "FieldWorkUnitTotals");

            migrationBuilder.DropTable(
                name: "GridRevision");

            migrationBuilder.DropTable(
                name: "GridSuccession");

            migrationBuilder.DropTable(
                name: "GridWorkerAssessments");

            migrationBuilder.DropTable(
                name: "InformantAuthorisations");

            migrationBuilder.DropTable(
                name: "InformantContacts");

            migrationBuilder.DropTable(
                name: "InformantHandlings");

            migrationBuilder.DropTable(
                name: "InformantIdentities");

            migrationBuilder.DropTable(
                name: "InformantTaskings");

            migrationBuilder.DropTable(
                name: "InformantTrainings");

            migrationBuilder.DropTable(
                name: "KeyPersonControls");

            migrationBuilder.DropTable(
                name: "LeavePeriods");

            migrationBuilder.DropTable(
                name: "MassParticipationTeams");

            migrationBuilder.DropTable(
                name: "MediationAgreements");

            migrationBuilder.DropTable(
                name: "MediationCaseSteps");

            migrationBuilder.DropTable(
                name: "MediationParties");

            migrationBuilder.DropTable(
                name: "MediationSessionMediators");

            migrationBuilder.DropTable(
                name: "MutationReceipt");

            migrationBuilder.DropTable(
                name: "OfficeStaffingSpans");

            migrationBuilder.DropTable(
                name: "OpenIddictScopes");

            migrationBuilder.DropTable(
                name: "OpenIddictTokens");

            migrationBuilder.DropTable(
                name: "OrgUnitAttachment");

            migrationBuilder.DropTable(
                name: "RegistryRevisions");

            migrationBuilder.DropTable(
                name: "RequestChases");

            migrationBuilder.DropTable(
                name: "RequestDispatches");

            migrationBuilder.DropTable(
                name: "RequestExtensions");

            migrationBuilder.DropTable(
                name: "RequestReviews");

            migrationBuilder.DropTable(
                name: "RequestScorings");

            migrationBuilder.DropTable(
                name: "ReturnVisits");

            migrationBuilder.DropTable(
                name: "RewardEntries");

            migrationBuilder.DropTable(
                name: "StationCaseAssignments");

            migrationBuilder.DropTable(
                name: "TipDisseminations");

            migrationBuilder.DropTable(
                name: "WebhookDelivery");

            migrationBuilder.DropTable(
                name: "WorkTargets");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "StationSquads");

            migrationBuilder.DropTable(
                name: "DutyCategories");

            migrationBuilder.DropTable(
                name: "MediationMembers");

            migrationBuilder.DropTable(
                name: "MediationSessions");

            migrationBuilder.DropTable(
                name: "OpenIddictAuthorizations");

            migrationBuilder.DropTable(
                name: "Houses");

            migrationBuilder.DropTable(
                name: "RegisteredUnits");

            migrationBuilder.DropTable(
                name: "Residents");

            migrationBuilder.DropTable(
                name: "ServiceRequests");

            migrationBuilder.DropTable(
                name: "Rewards");

            migrationBuilder.DropTable(
                name: "OutboxEvent");

            migrationBuilder.DropTable(
                name: "WebhookSubscription");

            migrationBuilder.DropTable(
                name: "MediationCases");

            migrationBuilder.DropTable(
                name: "OpenIddictApplications");

            migrationBuilder.DropTable(
                name: "StandardAddresses");

            migrationBuilder.DropTable(
                name: "Tips");

            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropTable(
                name: "MediationCommittees");

            migrationBuilder.DropTable(
                name: "Grids");

            migrationBuilder.DropTable(
                name: "Informants");

            migrationBuilder.DropTable(
                name: "OrgUnits");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "ExternalOrganisations");

            migrationBuilder.DropTable(
                name: "OfficerAssessments");

            migrationBuilder.DropTable(
                name: "AssessmentScoreEntries");
        }
    }
}

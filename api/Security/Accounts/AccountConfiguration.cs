using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gateway.Api.Security.Accounts;

public sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    /// <summary>
    /// Disabling locks an account until <see cref="DateTimeOffset.MaxValue"/>, stored as text from year 9999, so that
    /// year tells a disabled account from one locked after failed sign-ins. The tenant filter applies to the unit's
    /// path on top of this query. The roles are a JSON array, as SQLite stores a list of strings.
    /// </summary>
    private const string SqliteQuery = """
        SELECT u."Id", u."UserName", u."DisplayName", u."UnitId", o."Path" AS "UnitPath", u."PersonId",
            CASE WHEN u."LockoutEnd" < '9999' THEN u."LockoutEnd" END AS "LockedUntil",
            COALESCE(u."LockoutEnd" >= '9999', 0) AS "Disabled",
            u."TwoFactorEnabled" AS "HasAuthenticator", u."Version",
            (SELECT json_group_array("Name") FROM (SELECT r."Name" FROM "AspNetUserRoles" AS ur
                JOIN "AspNetRoles" AS r ON r."Id" = ur."RoleId" WHERE ur."UserId" = u."Id" ORDER BY r."Name"))
                AS "Roles"
        FROM "AspNetUsers" AS u
        JOIN "OrgUnits" AS o ON o."Id" = u."UnitId"
        """;

    /// <summary>The same on PostgreSQL, where <see cref="DateTimeOffset.MaxValue"/> is stored as <c>infinity</c>
    /// and a list of strings is a <c>text[]</c>.</summary>
    internal const string PostgresQuery = """
        SELECT u."Id", u."UserName", u."DisplayName", u."UnitId", o."Path" AS "UnitPath", u."PersonId",
            CASE WHEN u."LockoutEnd" < '9999-01-01' THEN u."LockoutEnd" END AS "LockedUntil",
            COALESCE(u."LockoutEnd" >= '9999-01-01', FALSE) AS "Disabled",
            u."TwoFactorEnabled" AS "HasAuthenticator", u."Version",
            ARRAY(SELECT r."Name" FROM "AspNetUserRoles" AS ur
                JOIN "AspNetRoles" AS r ON r."Id" = ur."RoleId" WHERE ur."UserId" = u."Id" ORDER BY r."Name")
                AS "Roles"
        FROM "AspNetUsers" AS u
        JOIN "OrgUnits" AS o ON o."Id" = u."UnitId"
        """;

    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToSqlQuery(SqliteQuery);
        builder.PrimitiveCollection(a => a.Roles);
    }
}

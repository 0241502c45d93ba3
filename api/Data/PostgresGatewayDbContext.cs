using System.Linq.Expressions;
using Gateway.Api.Registry;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Api.Data;

/// <summary>
/// The model on PostgreSQL, with its migrations in Data/Migrations/Postgres. Text compares and sorts byte by byte
/// (collation "C"), as SQLite's default BINARY collation does: the tenant filter's path ranges rely on '/' sorting just
/// before '0', and names sort the same on both engines.
/// </summary>
public sealed class PostgresGatewayDbContext : GatewayDbContext
{
    public const string ByteOrderCollation = "C";

    public PostgresGatewayDbContext(DbContextOptions<PostgresGatewayDbContext> options, TenantScope scope,
        ColumnProtector protector) : base(options, scope, protector)
    {
        // Every save in a transaction, one statement or many: row-level security takes the caller's scope per
        // transaction, and a save's statements cannot carry it themselves (RowSecurityInterceptor).
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
    }

    protected override bool ReadThroughCorrelated => true;

    /// <summary>date(timezone('UTC', utc) + INTERVAL '8 hours'): the stored instant as UTC wall time, moved to the
    /// county's.</summary>
    protected override SqlExpression CountyDayOf(SqlExpression utc, RelationalTypeMapping dateOnly,
        RelationalTypeMapping dateTime)
    {
        var wallTime = new SqlFunctionExpression("timezone", [new SqlFragmentExpression("'UTC'"), utc],
            nullable: true, argumentsPropagateNullability: [false, true], typeof(DateTime), dateTime);
        var countyTime = new SqlBinaryExpression(ExpressionType.Add, wallTime,
            new SqlFragmentExpression($"INTERVAL '{CountyCalendar.Offset.TotalHours:0} hours'"), typeof(DateTime),
            dateTime);
        return new SqlFunctionExpression("date", [countyTime], nullable: true, argumentsPropagateNullability: [true],
            typeof(DateOnly), dateOnly);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Account>().ToSqlQuery(AccountConfiguration.PostgresQuery);
        // PostgreSQL adds no booleans: it counts the columns set itself.
        var revisions = modelBuilder.Entity<RegistryRevision>().Metadata;
        revisions.RemoveCheckConstraint(RegistryRevisionConfiguration.OneRecord);
        revisions.AddCheckConstraint(RegistryRevisionConfiguration.OneRecord,
            "num_nonnulls(\"StandardAddressId\", \"ResidentId\", \"HouseId\", \"RegisteredUnitId\") = 1");
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties())
            .Where(p => (p.GetValueConverter()?.ProviderClrType ?? p.ClrType) == typeof(string)))
            property.SetCollation(ByteOrderCollation);
    }
}

using Gateway.Api.Data;
using Gateway.Api.Registry;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// The second wall: on PostgreSQL every tenant-owned table hides and refuses rows outside the scope of the statement
/// (<see cref="RowLevelSecurity"/>), so SQL that goes around the query filters and the write guard — switched off
/// here on purpose — still reads and changes nothing of another office.
/// </summary>
public sealed class RowLevelSecurityTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Reason = "row-level security is PostgreSQL's second wall";

    [PostgresFact(Reason)]
    public async Task Every_tenant_owned_table_forces_row_level_security_with_the_owner_policy()
    {
        var tables = await factory.WithDbAsync(db => Task.FromResult(TenantTables(db)));
        Assert.True(tables.Count > 40, $"only {tables.Count} tenant-owned tables found");
        await using var connection = TestDatabases.OpenConnection(factory.DatabasePath);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.relname FROM pg_class AS c
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                AND c.relrowsecurity AND c.relforcerowsecurity
                AND EXISTS (SELECT FROM pg_policies AS p
                    WHERE p.tablename = c.relname AND p.policyname = 'gateway_owner'
                        AND p.qual IS NOT NULL AND p.with_check IS NOT NULL)
            """;
        var walled = new HashSet<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) walled.Add(reader.GetString(0));
        var open = tables.Except(walled).ToList();
        Assert.True(open.Count == 0, "tenant-owned tables without the wall: " + string.Join(", ", open));
    }

    [PostgresFact(Reason)]
    public async Task With_the_query_filters_switched_off_an_office_reads_exactly_what_the_filters_give_it()
    {
        var everything = await factory.WithDbAsync(db => CountEveryTableAsync(db, ignoreFilters: false));
        var (filtered, unfiltered) = await factory.AsUnitAsync("nanjing", async db => (
            await CountEveryTableAsync(db, ignoreFilters: false), await CountEveryTableAsync(db, ignoreFilters: true)));

        Assert.Equal(filtered, unfiltered);
        Assert.True(everything["Residents"] > filtered["Residents"] && filtered["Residents"] > 0,
            $"residents: {filtered["Residents"]} of {everything["Residents"]}");
        Assert.True(everything.Count(t => t.Value > filtered[t.Key]) > 20,
            "most tables hold rows of other units than Nanjing");
    }

    [PostgresFact(Reason)]
    public async Task Plain_sql_of_an_office_neither_reads_nor_changes_another_offices_rows()
    {
        var longxiang = await factory.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "longxiang")
            .Select(u => new { u.Id, u.Path }).SingleAsync());
        var theirs = await factory.WithDbAsync(db => db.Residents.CountAsync(r => r.OwnerUnitId == longxiang.Id));
        Assert.True(theirs > 0);

        await factory.AsUnitAsync("nanjing", async db =>
        {
            Assert.Equal(0, await db.Database.SqlQuery<int>(
                $"""SELECT count(*)::int AS "Value" FROM "Residents" WHERE "OwnerUnitId" = {longxiang.Id}""")
                .SingleAsync());
            Assert.Equal(0, await db.Residents.IgnoreQueryFilters().Where(r => r.OwnerUnitId == longxiang.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Name, "改写")));
            Assert.Equal(0, await db.Set<RegistryRevision>().IgnoreQueryFilters()
                .Where(r => r.OwnerUnitId == longxiang.Id).ExecuteDeleteAsync());
            // Moving an own row into another office, or writing one there, is refused by the database itself.
            var moved = await Assert.ThrowsAsync<PostgresException>(() => db.Residents.IgnoreQueryFilters()
                .Where(r => r.Id == db.Residents.Min(m => m.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.OwnerUnitId, longxiang.Id)
                    .SetProperty(r => r.OwnerPath, longxiang.Path)));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, moved.SqlState);
            var written = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"""
                INSERT INTO "MassParticipationTeams" ("OwnerUnitId", "OwnerPath", "Kind", "Name", "MemberCount")
                VALUES ({longxiang.Id}, {longxiang.Path}, 'Volunteer', '越界队', 3)
                """));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, written.SqlState);
        });

        Assert.Equal(theirs, await factory.WithDbAsync(db =>
            db.Residents.CountAsync(r => r.OwnerUnitId == longxiang.Id && r.Name != "改写")));
    }

    [PostgresFact(Reason)]
    public async Task A_context_without_a_caller_and_a_connection_without_a_scope_see_no_tenant_row()
    {
        await factory.WithoutScopeAsync(async db =>
            Assert.Equal(0, await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM "Residents" """)
                .SingleAsync()));
        // The service's own role, on a connection of its own that never entered a scope.
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "Residents" """, connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [PostgresFact(Reason)]
    public async Task Each_statement_carries_its_callers_time_limit_and_jit_off_for_its_transaction_alone()
    {
        const string settings = """
            SELECT current_setting('statement_timeout') || ' ' || current_setting('jit') AS "Value"
            """;
        // The tests' budget is 60 s: a caller's statements stop a second after it; the system's only by Npgsql's
        // command timeout.
        Assert.Equal("61s off", await factory.AsUnitAsync("nanjing", db =>
            db.Database.SqlQueryRaw<string>(settings).SingleAsync()));
        Assert.Equal("0 off", await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(settings).SingleAsync()));
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(settings, connection);
        Assert.Equal("0 on", await command.ExecuteScalarAsync());
    }

    private static List<string> TenantTables(GatewayDbContext db) =>
    [
        .. db.Model.GetEntityTypes()
            .Where(IsTenantTable).Select(t => t.GetTableName()!).Distinct().Order(StringComparer.Ordinal),
    ];

    /// <summary>The root type of a table of tenant-owned rows (not a view or a query).</summary>
    private static bool IsTenantTable(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.BaseType is null && !type.IsOwned() && type.GetTableName() is not null
        && TenantOwnership.Of(type.ClrType).IsTenantOwned;

    /// <summary>Rows of every tenant-owned table the context's statements see, by table.</summary>
    private static async Task<SortedDictionary<string, int>> CountEveryTableAsync(GatewayDbContext db,
        bool ignoreFilters)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in db.Model.GetEntityTypes().Where(IsTenantTable))
        {
            var count = typeof(RowLevelSecurityTests).GetMethod(nameof(CountAsync),
                    System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type.ClrType);
            counts[type.GetTableName()!] = await (Task<int>)count.Invoke(null, [db, ignoreFilters])!;
        }
        return counts;
    }

    private static Task<int> CountAsync<T>(GatewayDbContext db, bool ignoreFilters) where T : class =>
        ignoreFilters ? db.Set<T>().IgnoreQueryFilters([GatewayDbContext.TenantFilter]).CountAsync()
            : db.Set<T>().CountAsync();
}

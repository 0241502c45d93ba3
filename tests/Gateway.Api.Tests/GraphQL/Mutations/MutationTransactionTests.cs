using System.Data.Common;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Offices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Mutations;

/// <summary>
/// The runner's transaction: a failure after the change is saved (the audit append here) rolls the change back and
/// leaves the chain whole and writable; a save the tenant write guard refuses reads NOT_FOUND and writes nothing but
/// the refusal's record; a refused input never reaches the database. Runs on its own copy of the county.
/// </summary>
public sealed class MutationTransactionTests(MutationTransactionTests.FailingAuditFactory factory)
    : IClassFixture<MutationTransactionTests.FailingAuditFactory>
{
    [Fact]
    public async Task A_failing_audit_append_rolls_the_saved_change_back_and_the_next_mutation_goes_through()
    {
        var before = await factory.UnitAsync("anmin");
        var lastAudit = await factory.LastAuditIdAsync();
        var client = factory.CreateGraphQLClient("demo-anmin");

        factory.AuditInserts.Fail = true;
        GraphQLResponse failed;
        try
        {
            failed = await client.RenameAsync(OrgUnitRenames.IdOf(before), "Rolled Back", "回滚");
        }
        finally
        {
            factory.AuditInserts.Fail = false;
        }

        Assert.NotEmpty(failed.Errors);
        Assert.Null(failed.Data?["renameOrgUnit"]);
        Assert.True(factory.AuditInserts.Refused > 0, "The audit append was never attempted.");
        Assert.Equal((before.Name, before.NameZh),
            ((await factory.UnitAsync("anmin")).Name, (await factory.UnitAsync("anmin")).NameZh));
        Assert.Equal(lastAudit, await factory.LastAuditIdAsync());

        var next = await client.RenameAsync(OrgUnitRenames.IdOf(before), "Anmin", "安民");
        next.AssertSuccess();
        Assert.Equal("安民", (await factory.UnitAsync("anmin")).NameZh);
        var chain = await factory.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(chain.Verified, chain.Reason);
    }

    [Fact]
    public async Task A_change_the_write_guard_refuses_reads_not_found_and_only_the_refusal_is_written()
    {
        var nanjing = await factory.UnitAsync("nanjing");
        var longxiang = await factory.UnitAsync("longxiang");
        var lastAudit = await factory.LastAuditIdAsync();
        // Moving the unit under another office: the loaded row is the caller's, the change is not.
        var steps = new MutationSteps<RenameOrgUnitInput, OrgUnit>(input => input.Id, _ => [],
            (_, unit) => unit.Path = longxiang.Path + unit.Id + "/");

        var payload = await RunAsAsync(nanjing, steps, OrgUnitRenames.IdOf(nanjing));

        Assert.Null(payload.Result);
        var error = Assert.IsType<NotFoundError>(Assert.Single(payload.Errors!));
        Assert.Equal(["input", "id"], error.Path);
        Assert.Equal(nanjing.Path, (await factory.UnitAsync("nanjing")).Path);
        var record = Assert.Single(await factory.WithDbAsync(db =>
            db.AuditRecords.Where(r => r.Id > lastAudit).ToListAsync()));
        Assert.Equal(AuditOutcome.Denied, record.Outcome);
    }

    [Fact]
    public async Task A_version_changed_between_the_read_and_the_update_is_a_CONFLICT_and_nothing_is_renamed()
    {
        var nanjing = await factory.UnitAsync("nanjing");
        await using var scope = ScopeOf(nanjing);
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        // Another writer's change lands after the runner read the row and before its UPDATE.
        var steps = new MutationSteps<RenameOrgUnitInput, OrgUnit>(input => input.Id, _ => [],
            (input, unit) =>
            {
                OfficeMapper.ApplyTo(input, unit);
                db.Database.ExecuteSql($"UPDATE \"OrgUnits\" SET \"Version\" = 7 WHERE \"Id\" = {unit.Id}");
            },
            input => input.Version);

        var payload = await RunAsync(scope, steps, OrgUnitRenames.IdOf(nanjing), "Overwritten");

        var conflict = Assert.IsType<ConflictError>(Assert.Single(payload.Errors!));
        Assert.Equal((0, 7), (conflict.Expected, conflict.Current));
        Assert.Equal(["input", "version"], conflict.Path);
        var after = await factory.UnitAsync("nanjing");
        // Everything written inside the refused change is undone, the simulated writer's statement too, since it ran
        // in the change's own transaction.
        Assert.Equal((nanjing.Name, nanjing.Version), (after.Name, after.Version));
    }

    [Fact]
    public async Task An_invalid_input_is_refused_before_the_target_is_read()
    {
        var nanjing = await factory.UnitAsync("nanjing");
        var applied = false;
        var steps = new MutationSteps<RenameOrgUnitInput, OrgUnit>(input => input.Id,
            input => new InputRules().RequiredText(input.Name, 1).Errors, (_, _) => applied = true);

        factory.SqlCommands.Reset();
        var payload = await RunAsAsync(nanjing, steps, OrgUnitRenames.IdOf(nanjing), name: "too long");

        Assert.False(applied);
        Assert.IsType<ValidationError>(Assert.Single(payload.Errors!));
        Assert.Contains(factory.SqlCommands.Commands,
            c => c.Contains("INSERT INTO \"AuditRecords\"", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.SqlCommands.Commands, c => c.Contains("\"OrgUnits\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_rolled_back_mutation_the_context_holds_nothing_of_it_for_the_next_one()
    {
        var nanjing = await factory.UnitAsync("nanjing");
        await using var scope = ScopeOf(nanjing);
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();

        factory.AuditInserts.Fail = true;
        try
        {
            await Assert.ThrowsAsync<DbUpdateException>(() =>
                RunAsync(scope, Rename, OrgUnitRenames.IdOf(nanjing), "Rolled Back"));
        }
        finally
        {
            factory.AuditInserts.Fail = false;
        }

        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Equal(nanjing.Name, (await db.OrgUnits.SingleAsync(u => u.Id == nanjing.Id)).Name);
    }

    private static readonly MutationSteps<RenameOrgUnitInput, OrgUnit> Rename =
        new(input => input.Id, _ => [], OfficeMapper.ApplyTo, input => input.Version);

    /// <summary>
    /// Runs <paramref name="steps"/> through the app's runner in a scope entered as the unit's integration client.
    /// </summary>
    private async Task<MutationPayload> RunAsAsync(OrgUnit caller, MutationSteps<RenameOrgUnitInput, OrgUnit> steps,
        string id, string name = "Nanjing")
    {
        await using var scope = ScopeOf(caller);
        return await RunAsync(scope, steps, id, name);
    }

    private static Task<MutationPayload> RunAsync(AsyncServiceScope scope,
        MutationSteps<RenameOrgUnitInput, OrgUnit> steps, string id, string name) =>
        scope.ServiceProvider.GetRequiredService<MutationRunner>().RunAsync("renameOrgUnit", "OrgUnit",
            new RenameOrgUnitInput { Id = id, Name = name, NameZh = "南井", Version = 0 }, steps.AsCommand(),
            CancellationToken.None);

    /// <summary>A scope entered as <paramref name="caller"/>'s integration client, as its requests are.</summary>
    private AsyncServiceScope ScopeOf(OrgUnit caller)
    {
        var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(caller.Id, caller.Path,
            Roles.PermissionsOf([Roles.UnitIntegration]), actor: $"demo-{caller.Code}", clientId: $"demo-{caller.Code}",
            personId: null);
        return scope;
    }

    /// <summary>
    /// The app over a fresh county, whose inserts of audit records fail while <see cref="AuditInserts"/> says so.
    /// </summary>
    public sealed class FailingAuditFactory : GatewayApiFactory
    {
        public AuditInsertFailure AuditInserts { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureGatewayDbContext(
                (_, options) => options.AddInterceptors(AuditInserts)));
        }
    }

    /// <summary>
    /// Throws on an INSERT into the audit table while <see cref="Fail"/> is set, as a full disk or a lost connection
    /// would.
    /// </summary>
    public sealed class AuditInsertFailure : DbCommandInterceptor
    {
        private int refused;

        public volatile bool Fail;

        public int Refused => Volatile.Read(ref refused);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Check(DbCommand command)
        {
            if (!Fail
                || !command.CommandText.Contains("INSERT INTO \"AuditRecords\"", StringComparison.Ordinal)) return;
            Interlocked.Increment(ref refused);
            throw new InvalidOperationException("The audit store refused the write.");
        }
    }
}

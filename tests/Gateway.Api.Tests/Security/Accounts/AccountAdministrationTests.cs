using System.Net;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.DemoData;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Security;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Tokens;
using Microsoft.EntityFrameworkCore;
using static Gateway.Api.Tests.Offices.OrgUnitRenames;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>
/// A security admin (the demo station.admin at the Xunchang station) reads and manages the accounts of its station and
/// the offices below it: each role rule refused with its own code, its own roles out of its reach, live tokens stopped
/// by every change that matters to them, another unit's accounts NOT_FOUND, every mutation audited without a password.
/// </summary>
public sealed class AccountAdministrationTests(AccountRecheckTests.RecheckEveryRequest factory)
    : IClassFixture<AccountRecheckTests.RecheckEveryRequest>, IAsyncLifetime
{
    private const string Admin = "station.admin";
    private const string NewPassword = "Xunchang-new-2026!";
    private const string Result =
        "account { id userName displayName roles disabled lockedUntil hasAuthenticator version unit { code } }";
    private const string Errors = "errors { __typename ... on Error { code path } }";

    private GraphQLClient admin = null!;

    public async Task InitializeAsync()
    {
        await factory.ResetToSeededCountyAsync();
        admin = (await UserSignIn.SignInAsync(factory, Admin)).Client;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonNode> SendAsync(GraphQLClient client, string mutation, object input)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        var response = await client.PostAsync(
            $"mutation($input: {type}Input!) {{ {mutation}(input: $input) {{ {Result} {Errors} }} }}", new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    private static string[] CodesOf(JsonNode payload) =>
        [.. payload["errors"]?.AsArray().Select(e => e!["code"]!.GetValue<string>()) ?? []];

    private Task<(string Id, int Version)> AccountAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName)
            .Select(u => new ValueTuple<string, int>(GlobalId.Encode("Account", u.Id), u.Version)).SingleAsync());

    private Task<AuditRecord> LastAuditAsync(string operation) =>
        factory.WithDbAsync(db => db.AuditRecords.AsNoTracking().Where(r => r.Operation == operation)
            .OrderByDescending(r => r.Id).FirstAsync());

    private Task<string?> FreePersonAsync(string unitCode) =>
        factory.WithDbAsync(async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
            var taken = await db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value).ToListAsync();
            var person = await db.People.Where(p => p.OwnerUnitId == unit.Id && !taken.Contains(p.Id))
                .OrderBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync();
            return person is { } id ? GlobalId.Encode("Person", id) : null;
        });

    private async Task<object> NewAccountAsync(string userName = "nanjing.aux", string password = NewPassword,
        string[]? roles = null, string unit = "nanjing", string? key = null) => new
    {
        unitId = IdOf(await factory.UnitAsync(unit)), personId = await FreePersonAsync(unit), userName,
        displayName = "Nanjing auxiliary", initialPassword = password, roles = roles ?? [Roles.CommunityOfficer],
        idempotencyKey = key,
    };

    [Fact]
    public async Task A_security_admin_lists_exactly_the_accounts_of_its_station_and_the_offices_below()
    {
        var expected = await factory.WithDbAsync(async db =>
        {
            var station = await db.OrgUnits.SingleAsync(u => u.Code == "xunchang");
            var units = await db.OrgUnits.Where(u => u.Path.StartsWith(station.Path)).Select(u => u.Id).ToListAsync();
            return await db.Users.Where(u => units.Contains(u.UnitId)).OrderBy(u => u.UserName)
                .Select(u => u.UserName!).ToListAsync();
        });

        var accounts = await admin.ReadAllAsync("accounts", "userName roles disabled hasAuthenticator unit { code }");

        Assert.Equal(expected, accounts.Select(a => a.Str("userName")).Order(StringComparer.Ordinal));
        Assert.Contains(Admin, expected);
        Assert.DoesNotContain("bureau.admin", expected);
        var intel = accounts.Single(a => a.Str("userName") == "intel.officer");
        Assert.Equal([Roles.IntelligenceOfficer], intel.Items("roles").Select(r => r.GetValue<string>()));
        Assert.True(intel["hasAuthenticator"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Creating_an_account_answers_no_password_signs_in_with_it_and_a_retry_creates_nothing_more()
    {
        var input = await NewAccountAsync(key: "create-nanjing-aux");

        var first = await SendAsync(admin, "createAccount", input);
        var retry = await SendAsync(admin, "createAccount", input);

        Assert.Empty(CodesOf(first));
        var account = first["account"]!;
        Assert.Equal(("nanjing.aux", "nanjing", false), (account.Str("userName"), account["unit"]!.Str("code"),
            account["disabled"]!.GetValue<bool>()));
        Assert.Equal([Roles.CommunityOfficer], account.Items("roles").Select(r => r.GetValue<string>()));
        Assert.Equal(account.Str("id"), retry["account"]!.Str("id"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "nanjing.aux")));
        var audit = await LastAuditAsync("mutation:createAccount");
        Assert.Equal((AuditOutcome.Succeeded, account.Str("id")), (audit.Outcome, audit.ObjectIds));

        var session = await UserSignIn.SignInAsync(factory, "nanjing.aux", NewPassword, totpKey: null);
        (await session.Client.PostAsync("{ offices(first: 1) { totalCount } }")).AssertSuccess();
    }

    [Fact]
    public async Task A_weak_password_an_unknown_role_separated_duties_and_a_taken_name_are_refused_each_by_its_code()
    {
        Assert.Equal(["PASSWORD_REJECTED"],
            CodesOf(await SendAsync(admin, "createAccount", await NewAccountAsync(password: "short"))).Distinct());
        Assert.Equal(["UNKNOWN_ROLE"],
            CodesOf(await SendAsync(admin, "createAccount", await NewAccountAsync(roles: ["root"]))));
        Assert.Equal(["SEPARATED_DUTIES"], CodesOf(await SendAsync(admin, "createAccount",
            await NewAccountAsync(roles: [Roles.SecurityAdmin, Roles.Auditor]))));
        Assert.Equal(["USER_NAME_TAKEN"],
            CodesOf(await SendAsync(admin, "createAccount", await NewAccountAsync(userName: "auditor"))));
        Assert.Equal(["NOT_FOUND"], CodesOf(await SendAsync(admin, "createAccount",
            await NewAccountAsync(unit: "bureau"))).Distinct());

        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "nanjing.aux")));
        Assert.Equal(AuditOutcome.Denied, (await LastAuditAsync("mutation:createAccount")).Outcome);
    }

    [Fact]
    public void The_separated_duties_cover_auditor_with_security_admin_and_each_admin_with_the_other()
    {
        foreach (var pair in new[]
            { (Roles.Auditor, Roles.SecurityAdmin), (Roles.SystemAdmin, Roles.SecurityAdmin),
                (Roles.SystemAdmin, Roles.Auditor) })
            Assert.NotNull(Roles.Conflict([pair.Item1, pair.Item2]));
    }

    [Fact]
    public async Task Granting_a_role_stops_the_holders_live_token_and_a_separated_duty_is_refused()
    {
        var officer = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        var (id, version) = await AccountAsync("nanjing.officer");

        var granted = await SendAsync(admin, "grantRole",
            new { accountId = id, version, role = Roles.Dashboard });

        Assert.Empty(CodesOf(granted));
        Assert.Equal([Roles.CommunityOfficer, Roles.Dashboard],
            granted["account"]!.Items("roles").Select(r => r.GetValue<string>()));
        Assert.True(granted["account"]!["version"]!.GetValue<int>() > version);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.Client.PostAsync("{ __typename }")).Status);
        Assert.Equal((AuditOutcome.Succeeded, id),
            (await LastAuditAsync("mutation:grantRole")) is var a ? (a.Outcome, a.ObjectIds) : default);

        var created = (await SendAsync(admin, "createAccount",
            await NewAccountAsync(userName: "nanjing.secadmin", roles: [Roles.SecurityAdmin])))["account"]!;
        foreach (var role in new[] { Roles.Auditor, Roles.SystemAdmin })
            Assert.Equal(["SEPARATED_DUTIES"], CodesOf(await SendAsync(admin, "grantRole", new
            {
                accountId = created.Str("id"), version = created["version"]!.GetValue<int>(), role,
            })));
        Assert.Equal(AuditOutcome.Failed, (await LastAuditAsync("mutation:grantRole")).Outcome);
    }

    [Fact]
    public async Task A_security_admin_neither_grants_nor_revokes_its_own_roles()
    {
        var (id, version) = await AccountAsync(Admin);

        Assert.Equal(["OWN_ROLES"], CodesOf(await SendAsync(admin, "grantRole",
            new { accountId = id, version, role = Roles.SystemAdmin })));
        Assert.Equal(["OWN_ROLES"], CodesOf(await SendAsync(admin, "revokeRole",
            new { accountId = id, version, role = Roles.SecurityAdmin })));

        var roles =
            await factory.WithUsersAsync(async users => await users.GetRolesAsync(await users.UserAsync(Admin)));
        Assert.Equal([Roles.SecurityAdmin], roles);
    }

    [Fact]
    public async Task Revoking_a_role_stops_the_live_token_and_a_stale_version_conflicts()
    {
        var intel = await UserSignIn.SignInAsync(factory, "intel.officer");
        var (id, version) = await AccountAsync("intel.officer");

        var stale = await SendAsync(admin, "revokeRole",
            new { accountId = id, version = version - 1, role = Roles.IntelligenceOfficer });
        Assert.Equal(["CONFLICT"], CodesOf(stale));
        (await intel.Client.PostAsync("{ __typename }")).AssertSuccess();

        var revoked =
            await SendAsync(admin, "revokeRole", new { accountId = id, version, role = Roles.IntelligenceOfficer });
        Assert.Empty(revoked["account"]!.Items("roles"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await intel.Client.PostAsync("{ __typename }")).Status);
    }

    [Fact]
    public async Task A_disabled_account_loses_its_token_and_cannot_sign_in_until_enabled_and_is_not_unlocked()
    {
        var officer = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        var (id, version) = await AccountAsync("nanjing.officer");

        var disabled = (await SendAsync(admin, "disableAccount", new { accountId = id, version }))["account"]!;

        Assert.True(disabled["disabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.Client.PostAsync("{ __typename }")).Status);
        var afterDisable = disabled["version"]!.GetValue<int>();
        Assert.Equal(["ACCOUNT_DISABLED"],
            CodesOf(await SendAsync(admin, "unlockAccount", new { accountId = id, version = afterDisable })));
        using (var browser = new UserSignIn(factory))
        {
            using var refused = await browser.SubmitPasswordAsync(await browser.LoginPageAsync(), "nanjing.officer",
                DemoPrincipals.UserPassword);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var enabled =
            (await SendAsync(admin, "enableAccount", new { accountId = id, version = afterDisable }))["account"]!;
        Assert.False(enabled["disabled"]!.GetValue<bool>());
        var again = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        (await again.Client.PostAsync("{ __typename }")).AssertSuccess();
    }

    [Fact]
    public async Task Unlocking_ends_a_lockout_after_failed_sign_ins()
    {
        await factory.WithUsersAsync(async users =>
        {
            var user = await users.UserAsync("nanjing.officer");
            for (var i = 0; i < 5; i++) await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user);
        });
        var (id, version) = await AccountAsync("nanjing.officer");
        var listed = (await admin.ReadAllAsync("accounts", "userName lockedUntil"))
            .Single(a => a.Str("userName") == "nanjing.officer");
        Assert.NotNull(listed["lockedUntil"]);

        var unlocked = await SendAsync(admin, "unlockAccount", new { accountId = id, version });

        Assert.Empty(CodesOf(unlocked));
        Assert.False(await factory.WithUsersAsync(async users =>
            await users.IsLockedOutAsync(await users.UserAsync("nanjing.officer"))));
        (await (await UserSignIn.SignInAsync(factory, "nanjing.officer")).Client.PostAsync("{ __typename }"))
            .AssertSuccess();
    }

    [Fact]
    public async Task Resetting_the_authenticator_forgets_it_and_stops_the_live_token()
    {
        var intel = await UserSignIn.SignInAsync(factory, "intel.officer");
        var (id, version) = await AccountAsync("intel.officer");

        var reset = (await SendAsync(admin, "resetAuthenticator", new { accountId = id, version }))["account"]!;

        Assert.False(reset["hasAuthenticator"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await intel.Client.PostAsync("{ __typename }")).Status);
        var key = await factory.WithUsersAsync(async users =>
            await users.GetAuthenticatorKeyAsync(await users.UserAsync("intel.officer")));
        Assert.NotEqual(DemoPrincipals.AuthenticatorKeys["intel.officer"], key);
    }

    [Theory]
    [InlineData("grantRole")]
    [InlineData("revokeRole")]
    [InlineData("disableAccount")]
    [InlineData("enableAccount")]
    [InlineData("unlockAccount")]
    [InlineData("resetAuthenticator")]
    public async Task An_account_of_another_unit_reads_not_found_and_stays_as_it_was(string mutation)
    {
        var (id, version) = await AccountAsync("bureau.admin");
        var before = await factory.WithDbAsync(db =>
            db.Users.AsNoTracking().SingleAsync(u => u.UserName == "bureau.admin"));

        var payload = await SendAsync(admin, mutation, mutation.EndsWith("Role", StringComparison.Ordinal)
            ? new { accountId = id, version, role = Roles.Dashboard }
            : new { accountId = id, version });

        Assert.Equal(["NOT_FOUND"], CodesOf(payload));
        Assert.Null(payload["account"]);
        var after = await factory.WithDbAsync(db =>
            db.Users.AsNoTracking().SingleAsync(u => u.UserName == "bureau.admin"));
        Assert.Equal((before.SecurityStamp, before.Version, before.LockoutEnd, before.TwoFactorEnabled),
            (after.SecurityStamp, after.Version, after.LockoutEnd, after.TwoFactorEnabled));
        var audit = await LastAuditAsync("mutation:" + mutation);
        Assert.Equal((AuditOutcome.Denied, id), (audit.Outcome, audit.ObjectIds));
    }

    [Fact]
    public async Task No_audit_record_holds_a_password()
    {
        const string Refused = "weak-password";
        await SendAsync(admin, "createAccount", await NewAccountAsync());
        await SendAsync(admin, "createAccount", await NewAccountAsync(userName: "nanjing.other", password: Refused));

        var rows = await factory.WithDbAsync(db => db.AuditRecords.AsNoTracking().ToListAsync());
        Assert.Equal(2, rows.Count(r => r.Operation == "mutation:createAccount"));
        Assert.DoesNotContain(rows, r => string.Join("|", r.Actor, r.ClientId, r.Operation, r.ObjectIds,
                r.TenantPath, r.SourceAddress)
            is var text && (text.Contains(NewPassword, StringComparison.Ordinal)
                || text.Contains(Refused, StringComparison.Ordinal)));
    }
}

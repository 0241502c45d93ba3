using Gateway.Api.DemoData;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>Separated duties, the password policy and what an auditor's token can do.</summary>
public sealed class AccountRulesTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetToSeededCountyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("auditor", Roles.SystemAdmin,
        "One account cannot hold auditor and system-admin: these duties are separated.")]
    [InlineData("station.admin", Roles.Auditor,
        "One account cannot hold security-admin and auditor: these duties are separated.")]
    [InlineData("bureau.admin", Roles.SecurityAdmin,
        "One account cannot hold system-admin and security-admin: these duties are separated.")]
    public async Task A_second_separated_duty_is_refused(string userName, string role, string message)
    {
        var (result, roles) = await factory.WithUsersAsync(async users =>
        {
            var user = await users.UserAsync(userName);
            return (await users.AddToRoleAsync(user, role), await users.GetRolesAsync(user));
        });

        var error = Assert.Single(result.Errors);
        Assert.Equal("SeparatedDuties", error.Code);
        Assert.Equal(message, error.Description);
        Assert.DoesNotContain(role, roles);
    }

    [Fact]
    public async Task Two_separated_duties_at_once_are_refused_and_neither_is_given()
    {
        var (result, roles) = await factory.WithUsersAsync(async users =>
        {
            var user = await users.UserAsync("nanjing.officer");
            return (await users.AddToRolesAsync(user, [Roles.SystemAdmin, Roles.Auditor]),
                await users.GetRolesAsync(user));
        });

        Assert.Equal("One account cannot hold system-admin and auditor: these duties are separated.",
            Assert.Single(result.Errors).Description);
        Assert.Equal([Roles.CommunityOfficer], roles);
    }

    [Fact]
    public async Task A_duty_that_does_not_conflict_is_given()
    {
        var roles = await factory.WithUsersAsync(async users =>
        {
            var user = await users.UserAsync("station.admin");
            RoleCatalogue.Check(await users.AddToRoleAsync(user, Roles.Dashboard));
            return await users.GetRolesAsync(user);
        });

        Assert.Equal([Roles.Dashboard, Roles.SecurityAdmin], roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Separated_duties_written_past_the_user_manager_still_get_no_token()
    {
        await factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.UserName == "station.admin").Select(u => u.Id).SingleAsync();
            var auditorRole = await db.Roles.Where(r => r.Name == Roles.Auditor).Select(r => r.Id).SingleAsync();
            db.UserRoles.Add(new IdentityUserRole<long> { UserId = userId, RoleId = auditorRole });
            await db.SaveChangesAsync();
        });
        using var browser = new UserSignIn(factory);
        using var afterPassword = await browser.SubmitPasswordAsync(await browser.LoginPageAsync(), "station.admin",
            DemoPrincipals.UserPassword);

        using var authorize = await browser.Browser.GetAsync(
            browser.ExpectRedirect(afterPassword, "the password to be accepted"));

        var callback = browser.ExpectRedirect(authorize, "the refusal to be sent to the client");
        Assert.Contains($"error={Errors.AccessDenied}", callback);
        Assert.DoesNotContain("code=", callback);
    }

    [Theory]
    [InlineData("Gateway-1!a", "PasswordTooShort")]
    [InlineData("gateway-demo-2026", "PasswordRequiresUpper")]
    [InlineData("GATEWAY-DEMO-2026", "PasswordRequiresLower")]
    [InlineData("Gateway-demo-xxxx", "PasswordRequiresDigit")]
    [InlineData("Gatewaydemo2026", "PasswordRequiresNonAlphanumeric")]
    public async Task Weak_passwords_are_refused(string password, string code)
    {
        var result = await factory.WithUsersAsync(async users =>
            await users.CreateAsync(new GatewayUser { UserName = "weak." + code.ToLowerInvariant(),
                DisplayName = "Weak", UnitId = (await users.UserAsync("auditor")).UnitId }, password));

        Assert.Equal([code], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task A_long_password_of_every_class_is_accepted()
    {
        var result = await factory.WithUsersAsync(async users =>
            await users.CreateAsync(new GatewayUser { UserName = "strong.user", DisplayName = "Strong",
                UnitId = (await users.UserAsync("auditor")).UnitId }, "Strong-pass-12"));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task The_auditors_token_carries_audit_read_only_and_reads_no_business_data()
    {
        var session = await UserSignIn.SignInAsync(factory, "auditor");

        var payload = new ServerKeys(factory).Payload(session.AccessToken);
        Assert.Equal(Api.Security.Permissions.AuditRead, payload[GatewayClaims.Permission]!.GetValue<string>());
        Assert.Equal(Roles.Auditor, payload[Claims.Role]!.GetValue<string>());
        var offices = await session.Client.PostAsync("{ offices(first: 1) { nodes { code } } }");
        Assert.Contains("ACCESS_DENIED", offices.ErrorCodes);
        Assert.Null(offices.Data?["offices"]?["nodes"]);
    }
}

using System.Net;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>
/// A live access token follows its account: once the user is locked, disabled, deleted or loses a role, or the machine
/// client loses its roles or its standing, the same token gets 401. This app rechecks on every request (no cache).
/// </summary>
public sealed class AccountRecheckTests(AccountRecheckTests.RecheckEveryRequest factory)
    : IClassFixture<AccountRecheckTests.RecheckEveryRequest>
{
    private const string Query = "{ __typename }";

    [Fact]
    public Task Locking_a_user_refuses_their_live_token() =>
        AssertRefusedAfterAsync("nanjing.officer", (users, user) =>
            users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15)));

    [Fact]
    public Task Disabling_a_user_refuses_their_live_token() =>
        AssertRefusedAfterAsync("auditor", (users, user) =>
            users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));

    [Fact]
    public Task A_lockout_after_failed_sign_ins_refuses_the_live_token() =>
        AssertRefusedAfterAsync("station.admin", async (users, user) =>
        {
            IdentityResult result = IdentityResult.Success;
            for (var i = 0; i < 5; i++) result = await users.AccessFailedAsync(user);
            Assert.True(await users.IsLockedOutAsync(user));
            return result;
        });

    [Fact]
    public Task Removing_a_role_refuses_the_live_token() =>
        AssertRefusedAfterAsync("intel.officer", (users, user) =>
            users.RemoveFromRoleAsync(user, Roles.IntelligenceOfficer));

    [Fact]
    public Task Deleting_a_user_refuses_their_live_token() =>
        AssertRefusedAfterAsync("bureau.admin", (users, user) => users.DeleteAsync(user));

    [Fact]
    public async Task A_machine_client_whose_roles_change_loses_its_live_token()
    {
        var client = factory.CreateGraphQLClient("demo-station");
        (await client.PostAsync(Query)).AssertSuccess();

        await factory.WithDbAsync(async db =>
        {
            var row = await db.ApiClients.SingleAsync(c => c.ClientId == "demo-station");
            row.Roles = [Roles.Dashboard];
            await db.SaveChangesAsync();
        });

        AssertRefused(await client.PostAsync(Query));
    }

    [Fact]
    public async Task A_machine_client_that_is_removed_loses_its_live_token()
    {
        var client = factory.CreateGraphQLClient("demo-anmin");
        var other = factory.CreateGraphQLClient("demo-xinqiao");
        (await client.PostAsync(Query)).AssertSuccess();

        await factory.WithDbAsync(async db =>
        {
            db.ApiClients.Remove(await db.ApiClients.SingleAsync(c => c.ClientId == "demo-anmin"));
            await db.SaveChangesAsync();
        });

        AssertRefused(await client.PostAsync(Query));
        (await other.PostAsync(Query)).AssertSuccess();
    }

    private async Task AssertRefusedAfterAsync(string userName,
        Func<UserManager<GatewayUser>, GatewayUser, Task<IdentityResult>> change)
    {
        var session = await UserSignIn.SignInAsync(factory, userName);
        (await session.Client.PostAsync(Query)).AssertSuccess();
        (await session.Client.PostAsync(Query)).AssertSuccess();

        var result = await factory.WithUsersAsync(async users => await change(users, await users.UserAsync(userName)));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

        AssertRefused(await session.Client.PostAsync(Query));
    }

    private static void AssertRefused(GraphQLResponse response) =>
        Assert.True(response.Status == HttpStatusCode.Unauthorized, $"Expected 401, got {response}");

    /// <summary>The app with no recheck cache, so a change shows on the very next request.</summary>
    public sealed class RecheckEveryRequest : GatewayApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:AccountRecheckSeconds", "0");
        }
    }
}

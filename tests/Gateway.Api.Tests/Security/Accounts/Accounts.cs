using Gateway.Api.Security.Accounts;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.Accounts;

/// <summary>The app's own user manager, in a system scope of the app's services.</summary>
public static class Accounts
{
    public static async Task<T> WithUsersAsync<T>(this GatewayApiFactory factory,
        Func<UserManager<GatewayUser>, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<GatewayUser>>());
    }

    public static async Task<GatewayUser> UserAsync(this UserManager<GatewayUser> users, string userName) =>
        await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");

    /// <summary>The sign-in page URL an anonymous browser is sent to when it starts the admin page's flow.</summary>
    public static async Task<string> LoginPageAsync(this UserSignIn browser)
    {
        var query = browser.AuthorizeQuery(UserSignIn.DefaultScope, "s", Pkce.Create().Challenge, "S256");
        using var response = await browser.Browser.GetAsync("/connect/authorize" + query);
        var login = browser.ExpectRedirect(response, "the login page");
        Assert.StartsWith("/account/login?", login);
        return login;
    }
}

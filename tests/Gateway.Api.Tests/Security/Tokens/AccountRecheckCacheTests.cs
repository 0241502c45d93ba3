using System.Net;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>
/// The account behind a token is read at most once per recheck window (30 s by default): a request inside the window
/// costs no SQL for it, and a change shows once the window has passed.
/// </summary>
public sealed class AccountRecheckCacheTests
{
    private const string Query = "{ __typename }";
    private const string User = "nanjing.officer";

    [Fact]
    public async Task A_lock_shows_once_the_window_has_passed()
    {
        await using var factory = new FakeClockFactory();
        var session = await UserSignIn.SignInAsync(factory, User);
        (await session.Client.PostAsync(Query)).AssertSuccess();

        await factory.WithUsersAsync(async users =>
            await users.SetLockoutEndDateAsync(await users.UserAsync(User), DateTimeOffset.UtcNow.AddMinutes(15)));
        factory.Clock.Advance(TimeSpan.FromSeconds(29));
        var inside = await session.Client.PostAsync(Query);
        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var after = await session.Client.PostAsync(Query);

        inside.AssertSuccess();
        Assert.True(after.Status == HttpStatusCode.Unauthorized, $"Expected 401 after the window, got {after}");
    }

    [Fact]
    public async Task A_valid_account_costs_one_query_per_window()
    {
        await using var factory = new FakeClockFactory();
        var session = await UserSignIn.SignInAsync(factory, User);

        var costs = new List<int>();
        foreach (var advance in new[] { 0, 1, 28, 2, 1 })
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(advance));
            factory.SqlCommands.Reset();
            (await session.Client.PostAsync(Query)).AssertSuccess();
            costs.Add(factory.SqlCommands.Count);
        }

        // Signing in read the account, so the window starts then; `{ __typename }` itself reads nothing.
        Assert.Equal([0, 0, 0, 1, 0], costs);
    }

    private sealed class FakeClockFactory : GatewayApiFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:AccountRecheckSeconds", "30");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}

using System.Net;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Core;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>
/// Access tokens live ten minutes. The app runs on a fake clock handed to OpenIddict's server, validation and core
/// (their <c>TimeProvider</c> options), so the test issues a real token and moves time instead of waiting or forging.
/// </summary>
public sealed class TokenLifetimeTests
{
    [Fact]
    public async Task An_access_token_works_until_ten_minutes_have_passed_and_is_401_after()
    {
        await using var factory = new FakeClockFactory();
        var issued = await TokenRequests.ClientCredentialsAsync(factory.CreateClient(), "demo-nanjing",
            "demo-nanjing-secret");
        issued.AssertIssued();
        var client = UserSignIn.ClientWith(factory, issued.AccessToken!);

        factory.Clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        var justBefore = await client.PostAsync("{ __typename }");
        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var justAfter = await client.PostAsync("{ __typename }");

        justBefore.AssertSuccess();
        Assert.Equal(HttpStatusCode.Unauthorized, justAfter.Status);
    }

    [Fact]
    public async Task A_refresh_token_outlives_the_access_token_but_not_eight_hours()
    {
        await using var factory = new FakeClockFactory();
        var session = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        var http = factory.CreateClient();

        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var refreshed = await TokenRequests.RefreshAsync(http, session.RefreshToken!);
        refreshed.AssertIssued();
        factory.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        var expired = await TokenRequests.RefreshAsync(http, refreshed.RefreshToken!);

        expired.AssertRefused(HttpStatusCode.BadRequest,
            OpenIddict.Abstractions.OpenIddictConstants.Errors.InvalidGrant);
    }

    private sealed class FakeClockFactory : GatewayApiFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.Configure<OpenIddictCoreOptions>(o => o.TimeProvider = Clock);
                services.Configure<OpenIddictServerOptions>(o => o.TimeProvider = Clock);
                services.Configure<OpenIddictValidationOptions>(o => o.TimeProvider = Clock);
            });
        }
    }
}

using Gateway.Api.Security.Tokens;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>Expired token entries are deleted once they are older than the retention; live and recent ones
/// stay.</summary>
public sealed class TokenPruningTests
{
    [Fact]
    public async Task Pruning_removes_old_expired_entries_only()
    {
        await using var factory = new GatewayApiFactory();
        var session = await UserSignIn.SignInAsync(factory, "nanjing.officer");
        var old = DateTimeOffset.UtcNow - TokenPruning.Retention - TimeSpan.FromDays(1);
        var expiredId = await CreateTokenAsync(factory, old, expires: old + TimeSpan.FromHours(8));
        var liveId = await CreateTokenAsync(factory, old, expires: DateTimeOffset.UtcNow.AddDays(1));
        var before = await CountAsync(factory);

        await factory.Services.GetRequiredService<TokenPruning>().PruneAsync(CancellationToken.None);

        Assert.Equal(before - 1, await CountAsync(factory));
        Assert.Null(await FindAsync(factory, expiredId));
        Assert.NotNull(await FindAsync(factory, liveId));
        (await TokenRequests.RefreshAsync(factory.CreateClient(), session.RefreshToken!)).AssertIssued();
    }

    private static async Task<string> CreateTokenAsync(GatewayApiFactory factory, DateTimeOffset created,
        DateTimeOffset expires)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var token = await tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            CreationDate = created, ExpirationDate = expires, Status = Statuses.Valid, Subject = "pruning-test",
            Type = TokenTypeHints.RefreshToken,
        });
        return (await tokens.GetIdAsync(token))!;
    }

    private static async Task<object?> FindAsync(GatewayApiFactory factory, string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().FindByIdAsync(id);
    }

    private static async Task<long> CountAsync(GatewayApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().CountAsync();
    }
}

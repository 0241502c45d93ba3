using Gateway.Api.Tenancy;
using OpenIddict.Abstractions;

namespace Gateway.Api.Security.Tokens;

/// <summary>
/// OpenIddict stores an entry for every code, token and authorization and never deletes one by itself (its Quartz
/// job is not among the served packages), so once an hour this removes the expired, redeemed and revoked ones and
/// the authorizations left without tokens. Entries younger than <see cref="Retention"/> stay for investigations.
/// </summary>
public sealed class TokenPruning(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TokenPruning> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    public static readonly TimeSpan Retention = TimeSpan.FromDays(14);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var (tokens, authorizations) = await PruneAsync(stoppingToken);
                logger.LogInformation("Pruned {Tokens} tokens and {Authorizations} authorizations.", tokens,
                    authorizations);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed round (a locked database, say) must not end pruning for the life of the process.
                logger.LogError(e, "Pruning tokens failed; the next round runs in {Interval}.", Interval);
            }
        }
    }

    public async Task<(long Tokens, long Authorizations)> PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var threshold = clock.GetUtcNow() - Retention;
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>()
            .PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>()
            .PruneAsync(threshold, cancellationToken);
        return (tokens, authorizations);
    }
}

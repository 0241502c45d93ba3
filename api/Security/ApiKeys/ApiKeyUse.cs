using System.Collections.Concurrent;
using System.Threading.Channels;
using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Security.ApiKeys;

/// <summary>
/// Records when keys were last used, at most once a minute per key, off the request's path: a request only queues the
/// time, and this service writes it. Under load a full queue drops the write; the next minute's use writes again.
/// </summary>
public sealed class ApiKeyUse(IServiceScopeFactory scopes, ILogger<ApiKeyUse> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTime> noted = new(StringComparer.Ordinal);
    private readonly Channel<(long Id, DateTime At)> pending = Channel.CreateBounded<(long, DateTime)>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Note(long id, string keyId, DateTime at)
    {
        if (noted.TryGetValue(keyId, out var last))
        {
            if (at - last < Interval || !noted.TryUpdate(keyId, at, last)) return;
        }
        else if (!noted.TryAdd(keyId, at)) return;
        pending.Writer.TryWrite((id, at));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (id, at) in pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
                // A set-based write: the time of use is not a change an administrator makes, so it raises no version.
                await scope.ServiceProvider.GetRequiredService<GatewayDbContext>().Set<ApiKey>()
                    .Where(k => k.Id == id)
                    .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, at), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Recording the last use of API key {Id} failed.", id);
            }
        }
    }
}

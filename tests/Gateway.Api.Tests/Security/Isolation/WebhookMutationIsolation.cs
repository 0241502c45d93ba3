using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Integrations;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// Check 24 for webhooks: an administrator of any unit naming a client, subscription or delivery outside its scope (or
/// one that does not exist) through the webhook mutations gets NOT_FOUND, and nothing changes.
/// </summary>
public sealed partial class MutationIsolationTests
{
    [Theory]
    [MemberData(nameof(AdministeredUnits))]
    public async Task Webhooks_of_clients_outside_the_administrators_scope_read_not_found(string unitCode)
    {
        var world = await factory.WithDbAsync(async db =>
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == unitCode);
            return (Unit: unit,
                Clients: await db.ApiClients.Where(c => !c.OwnerPath.StartsWith(unit.Path)).Select(c => c.Id)
                    .ToListAsync(),
                Subscriptions: await db.Set<WebhookSubscription>().Where(s => !s.OwnerPath.StartsWith(unit.Path))
                    .Select(s => s.Id).ToListAsync(),
                Deliveries: await db.Set<WebhookDelivery>().Where(d => !d.OwnerPath.StartsWith(unit.Path))
                    .Select(d => d.Id).ToListAsync());
        });
        Assert.NotEmpty(world.Subscriptions);
        Assert.NotEmpty(world.Deliveries);
        var before = await WebhookStateAsync();

        foreach (var id in world.Clients.Select(id => GlobalId.Encode("ApiClient", id)))
            await AssertNotFoundAsync(world.Unit, "createWebhookSubscription", "CreateWebhookSubscriptionInput",
                new { clientId = id, url = "https://hooks.example.cn/in", eventTypes = new[] { "request.closed" } });
        foreach (var id in world.Subscriptions.Append(long.MaxValue / 2)
                     .Select(id => GlobalId.Encode(nameof(WebhookSubscription), id)))
        {
            await AssertNotFoundAsync(world.Unit, "updateWebhookSubscription", "UpdateWebhookSubscriptionInput",
                new { id, version = 0, url = "https://hooks.example.cn/in", eventTypes = new[] { "request.closed" },
                    active = true });
            await AssertNotFoundAsync(world.Unit, "rotateWebhookSecret", "RotateWebhookSecretInput",
                new { id, version = 0 });
        }
        foreach (var id in world.Deliveries.Append(long.MaxValue / 2)
                     .Select(id => GlobalId.Encode(nameof(WebhookDelivery), id)))
            await AssertNotFoundAsync(world.Unit, "replayWebhookDeliveries", "ReplayWebhookDeliveriesInput",
                new { ids = new[] { id } });

        Assert.Equal(before, await WebhookStateAsync());
    }

    private Task<string> WebhookStateAsync() => factory.WithDbAsync(async db =>
    {
        var subscriptions = await db.Set<WebhookSubscription>().OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Url, s.Version, s.Active }).ToListAsync();
        var deliveries = await db.Set<WebhookDelivery>().OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Status, d.Version }).ToListAsync();
        return string.Join('\n', subscriptions.Select(s => s.ToString()).Concat(deliveries.Select(d => d.ToString())));
    });
}

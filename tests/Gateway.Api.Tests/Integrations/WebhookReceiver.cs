using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Integrations;

/// <summary>A webhook receiver on a free loopback port (Kestrel): records every delivery and answers each with the next
/// status queued (200 when none is).</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> answers = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<Received> Deliveries { get; } = new();

    public string Url { get; private set; } = "";

    public sealed record Received(string Id, string Timestamp, string Signature, string Body);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build());
        receiver.app.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            receiver.Deliveries.Enqueue(new Received(request.Headers["webhook-id"].ToString(),
                request.Headers["webhook-timestamp"].ToString(), request.Headers["webhook-signature"].ToString(),
                await reader.ReadToEndAsync()));
            return Results.StatusCode(receiver.answers.TryDequeue(out var status) ? status : 200);
        });
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = address + "/hooks";
        return receiver;
    }

    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses) answers.Enqueue(status);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

/// <summary>Standard Webhooks verification written from the specification alone: the secret is whsec_ and base64
/// bytes; the signed content is "{webhook-id}.{webhook-timestamp}.{body}"; the header lists space-separated
/// "v1,&lt;base64 HMAC-SHA256&gt;" signatures, any of which may match.</summary>
public static class StandardWebhooksVerifier
{
    public static bool Verifies(string secret, WebhookReceiver.Received delivery)
    {
        const string prefix = "whsec_";
        Assert.StartsWith(prefix, secret);
        using var hmac = new System.Security.Cryptography.HMACSHA256(Convert.FromBase64String(secret[prefix.Length..]));
        var expected = hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(
            delivery.Id + "." + delivery.Timestamp + "." + delivery.Body));
        return delivery.Signature.Split(' ').Where(s => s.StartsWith("v1,", StringComparison.Ordinal))
            .Any(s => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                Convert.FromBase64String(s[3..]), expected));
    }
}

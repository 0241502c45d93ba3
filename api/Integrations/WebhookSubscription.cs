using Gateway.Api.Data;
using Gateway.Api.Security.Clients;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Integrations;

/// <summary>
/// Where a machine client wants to be told of events (webhook 订阅): a receiver URL, the event types, and the secret the
/// deliveries are signed with. Owned by the client's unit, so its scope is the client's: it hears of events of that
/// unit and below.
/// </summary>
public sealed class WebhookSubscription : TenantOwnedEntity, IVersioned
{
    public const int UrlMaxLength = 500;
    public const int MaxEventTypes = 20;

    public long ApiClientId { get; set; }
    public ApiClient? ApiClient { get; set; }
    public string Url { get; set; } = "";
    public List<string> EventTypes { get; set; } = [];
    /// <summary>The Standard Webhooks secret, <c>whsec_&lt;base64&gt;</c>: shown once, kept encrypted (the signer needs
    /// it, so it cannot be hashed).</summary>
    [Sensitive]
    public string SigningSecret { get; set; } = "";
    public bool Active { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SecretRotatedAt { get; set; }
    public int Version { get; set; }
}

using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Clients;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Administration;

/// <summary>
/// What a system admin does to the API keys of its scope's clients: create one, shown once as
/// <c>gwk_&lt;key id&gt;_&lt;secret&gt;</c> with only the secret's hash stored, and revoke one. Every change makes
/// the process forget the keys it knew (<see cref="ClientAccessRules.Changed"/>), so a revoked key stops at once.
/// </summary>
public static class ApiKeyRegistry
{
    public static readonly OneTimeField Key = new("key",
        "The full API key, gwk_<keyId>_<secret>, shown this once: store it now. Null when the change was refused, and "
        + "in the answer to a retry with the same idempotency key.");

    public static MutationCommand<CreateApiKeyInput, ApiKey> Create { get; } = new(input => new InputRules()
        .RequiredText(input.Label, ApiKey.LabelMaxLength).Errors, CreateAsync)
    {
        OneTimeFields = [Key],
    };

    public static MutationCommand<RevokeApiKeyInput, ApiKey> Revoke { get; } = new(_ => [], RevokeAsync)
    {
        MayConflict = true, Subject = input => input.Id,
    };

    private static async Task<ApiKey?> CreateAsync(CreateApiKeyInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var client = await context.FindAsync<ApiClient>(input.ClientId, cancellationToken);
        if (client is null) return null;
        if (client.RevokedAt is not null)
            context.Refuse(new ClientRevokedError(InputPath.Of(nameof(CreateApiKeyInput.ClientId))));
        var now = Now(context);
        var expiresAt = input.ExpiresAt.ToUniversalTime();
        var maxDays = context.Services.GetRequiredService<IOptions<ApiKeyOptions>>().Value.MaxLifetimeDays;
        if (expiresAt <= now || expiresAt > now.AddDays(maxDays))
            context.Refuse(new ApiKeyExpiryError(maxDays, InputPath.Of(nameof(CreateApiKeyInput.ExpiresAt))));
        if (context.IsRefused) return null;

        var secret = ApiKeyFormat.NewSecret();
        var key = ApiClientMapper.ToApiKey(input);
        key.ApiClientId = client.Id;
        key.OwnerUnitId = client.OwnerUnitId;
        key.KeyId = ApiKeyFormat.NewKeyId();
        key.SecretHash = ApiKeyFormat.HashOf(secret);
        key.CreatedAt = now;
        key.CreatedBy = context.Caller.Actor;
        context.Db.Add(key);
        Forget(context);
        context.ShowOnce(Key, ApiKeyFormat.Compose(key.KeyId, secret));
        return key;
    }

    private static async Task<ApiKey?> RevokeAsync(RevokeApiKeyInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var key = await context.FindAsync<ApiKey>(input.Id, input.Version, cancellationToken);
        if (key is null) return null;
        if (key.RevokedAt is not null)
        {
            context.Refuse(new ApiKeyRevokedError(InputPath.Of(nameof(RevokeApiKeyInput.Id))));
            return null;
        }
        key.RevokedAt = Now(context);
        Forget(context);
        return key;
    }

    /// <summary>Makes this process forget the keys and client rules it knew; the change is about to be
    /// committed.</summary>
    internal static void Forget(MutationContext context) =>
        context.Services.GetRequiredService<ClientAccessRules>().Changed();

    internal static DateTime Now(MutationContext context) =>
        context.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}

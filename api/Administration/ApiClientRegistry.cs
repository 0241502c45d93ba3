using System.Security.Cryptography;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Clients;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClientPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Gateway.Api.Administration;

/// <summary>
/// What a system admin does to machine clients of its scope: register one with a generated secret, replace the
/// secret, revoke it. The secret lives hashed in the client's OpenIddict application and is shown once, in the payload
/// of the change that made it; a new secret or a revocation renews the client's security stamp, so its live tokens
/// stop.
/// </summary>
public static class ApiClientRegistry
{
    /// <summary>Random bytes in a secret: 256 bits, beyond guessing.</summary>
    public const int SecretBytes = 32;

    public static readonly OneTimeField ClientSecret = new("clientSecret",
        "The client's secret, shown this once: store it now. Null when the change was refused, and in the answer to a "
        + "retry with the same idempotency key.");

    public static MutationCommand<RegisterApiClientInput, ApiClient> Register { get; } = new(input => new InputRules()
        .Code(input.ClientId, ApiClient.ClientIdMaxLength)
        .RequiredText(input.DisplayName, ApiClient.DisplayNameMaxLength).Errors, RegisterAsync)
    {
        OneTimeFields = [ClientSecret],
    };

    public static MutationCommand<RotateApiClientSecretInput, ApiClient> Rotate { get; } = new(_ => [], RotateAsync)
    {
        MayConflict = true, Subject = input => input.Id, OneTimeFields = [ClientSecret],
    };

    public static MutationCommand<RevokeApiClientInput, ApiClient> Revoke { get; } = new(_ => [], RevokeAsync)
    {
        MayConflict = true, Subject = input => input.Id,
    };

    /// <summary>Most ranges or origins one client may list.</summary>
    public const int MaxAccessEntries = 50;

    public static MutationCommand<SetApiClientAccessInput, ApiClient> SetAccess { get; } =
        new(ValidateAccess, SetAccessAsync) { MayConflict = true, Subject = input => input.Id };

    private static async Task<ApiClient?> RegisterAsync(RegisterApiClientInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var unit = await context.FindAsync<OrgUnit>(input.UnitId, cancellationToken);
        if (unit is null) return null;
        var rolesPath = InputPath.Of(nameof(RegisterApiClientInput.Roles));
        foreach (var role in input.Roles.Where(Roles.RequireSecondFactor.Contains).Distinct())
            context.Refuse(new SecondFactorRoleError(role, rolesPath));
        if (!context.IsRefused) RoleRules.MayHold(context, input.Roles, rolesPath);
        var applications = context.Services.GetRequiredService<IOpenIddictApplicationManager>();
        // Checked against every client, revoked and other units' ones included, and OpenIddict's own applications
        // (the admin page): the answer says only that the id is taken.
        bool idTaken;
        using (context.Db.LiftRowSecurity())
            idTaken = await context.Db.ApiClients.IgnoreQueryFilters().AnyAsync(c => c.ClientId == input.ClientId,
                cancellationToken);
        if (idTaken || await applications.FindByClientIdAsync(input.ClientId, cancellationToken) is not null)
            context.Refuse(new ClientIdTakenError(input.ClientId,
                InputPath.Of(nameof(RegisterApiClientInput.ClientId))));
        if (context.IsRefused) return null;

        var secret = NewSecret();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = input.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = input.DisplayName.Trim(),
            Permissions =
            {
                ClientPermissions.Endpoints.Token, ClientPermissions.GrantTypes.ClientCredentials,
                ClientPermissions.Prefixes.Scope + GatewayClaims.ApiScope,
            },
        }, cancellationToken);
        var client = ApiClientMapper.ToClient(input);
        client.Roles = [.. input.Roles.Distinct()];
        client.OwnerUnitId = unit.Id;
        client.SecurityStamp = ApiClient.NewSecurityStamp();
        client.CreatedAt = Now(context);
        context.Db.Add(client);
        context.ShowOnce(ClientSecret, secret);
        return client;
    }

    /// <summary>The client the input names at the version read, refused when it is revoked: a revoked client
    /// changes no more.</summary>
    private static async Task<ApiClient?> FindLiveAsync(MutationContext context, string id, int version,
        CancellationToken cancellationToken)
    {
        var client = await context.FindAsync<ApiClient>(id, version, cancellationToken, "input.Id", "input.Version");
        if (client?.RevokedAt is null) return client;
        context.Refuse(new ClientRevokedError(InputPath.Of(nameof(RevokeApiClientInput.Id))));
        return null;
    }

    private static async Task<ApiClient?> RotateAsync(RotateApiClientSecretInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var client = await FindLiveAsync(context, input.Id, input.Version, cancellationToken);
        if (client is null) return null;
        var applications = context.Services.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(client.ClientId, cancellationToken)
            ?? throw new InvalidOperationException($"Client {client.ClientId} has no OpenIddict application.");
        var secret = NewSecret();
        // OpenIddict saves its application at once, in the mutation's transaction; the client row follows.
        await applications.UpdateAsync(application, secret, cancellationToken);
        client.SecurityStamp = ApiClient.NewSecurityStamp();
        client.SecretRotatedAt = Now(context);
        context.ShowOnce(ClientSecret, secret);
        return client;
    }

    private static async Task<ApiClient?> RevokeAsync(RevokeApiClientInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var client = await FindLiveAsync(context, input.Id, input.Version, cancellationToken);
        if (client is null) return null;
        var applications = context.Services.GetRequiredService<IOpenIddictApplicationManager>();
        // With its application go its secret, and the authorizations and tokens OpenIddict stored for it.
        if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is { } application)
            await applications.DeleteAsync(application, cancellationToken);
        client.SecurityStamp = ApiClient.NewSecurityStamp();
        client.RevokedAt = Now(context);
        // Its keys stop with it, and say so in their status.
        foreach (var key in await context.Db.Set<ApiKey>()
                     .Where(k => k.ApiClientId == client.Id && k.RevokedAt == null).ToListAsync(cancellationToken))
            key.RevokedAt = client.RevokedAt;
        ApiKeyRegistry.Forget(context);
        return client;
    }

    private static IReadOnlyList<MutationError> ValidateAccess(SetApiClientAccessInput input) =>
    [
        .. ErrorsOf(nameof(input.AllowedAddresses), input.AllowedAddresses,
            address => ClientAccess.TryParseRange(address, out _), "不是 CIDR 地址段(如 10.20.0.0/16,主机位须为 0)",
            "is not a CIDR range such as 10.20.0.0/16 (with no host bits set)"),
        .. ErrorsOf(nameof(input.AllowedOrigins), input.AllowedOrigins,
            origin => ClientAccess.NormalizedOrigin(origin) is not null,
            "不是 scheme://host[:port] 形式的来源(如 https://screen.example.cn,不含路径)",
            "is not an origin, scheme://host[:port] such as https://screen.example.cn, without a path"),
    ];

    /// <summary>An error at each entry of the list that is not valid, and one at the list when it is too
    /// long.</summary>
    private static IEnumerable<MutationError> ErrorsOf(string list, IReadOnlyList<string> values,
        Func<string, bool> valid, string chinese, string english)
    {
        if (values.Count > MaxAccessEntries)
            foreach (var error in new InputRules().Invalid(list, $"最多 {MaxAccessEntries} 项",
                         $"takes at most {MaxAccessEntries} entries").Errors) yield return error;
        for (var i = 0; i < values.Count; i++)
            if (!valid(values[i]))
                yield return new ValidationError(new($"“{values[i]}”{chinese}。", $"'{values[i]}' {english}."),
                    InputRules.ItemPath(list, i));
    }

    private static async Task<ApiClient?> SetAccessAsync(SetApiClientAccessInput input, MutationContext context,
        CancellationToken cancellationToken)
    {
        var client = await FindLiveAsync(context, input.Id, input.Version, cancellationToken);
        if (client is null) return null;
        client.AllowedAddresses = [.. input.AllowedAddresses.Select(Range).Distinct()];
        client.AllowedOrigins = [.. input.AllowedOrigins.Select(o => ClientAccess.NormalizedOrigin(o)!).Distinct()];
        ApiKeyRegistry.Forget(context);
        return client;
    }

    /// <summary>A range as IPNetwork prints it: a bare address with its full prefix length.</summary>
    private static string Range(string text) =>
        ClientAccess.TryParseRange(text, out var range) ? range.ToString() : throw new FormatException(text);

    private static string NewSecret() =>
        System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    private static DateTime Now(MutationContext context) =>
        context.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}

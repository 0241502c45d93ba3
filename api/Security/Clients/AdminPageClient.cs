using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClientPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Gateway.Api.Security.Clients;

/// <summary>
/// The admin page's public client (authorization code with PKCE). Registered at every start in every environment, not
/// only with the demo county, so the page served at <c>/admin</c> can sign anyone in; its redirect URIs are those of
/// <see cref="Section"/> as configured now, so changing them takes a restart, not a new database.
/// </summary>
public sealed class AdminPageClient(IOpenIddictApplicationManager applications, IConfiguration configuration)
{
    public const string ClientId = "gateway-admin";
    public const string Section = "Security:AdminClient";

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var descriptor = Descriptor();
        var existing = await applications.FindByClientIdAsync(ClientId, cancellationToken);
        if (existing is null) await applications.CreateAsync(descriptor, cancellationToken);
        else await applications.UpdateAsync(existing, descriptor, cancellationToken);
    }

    private OpenIddictApplicationDescriptor Descriptor()
    {
        var section = configuration.GetSection(Section);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "Gateway admin page",
            Permissions =
            {
                ClientPermissions.Endpoints.Authorization, ClientPermissions.Endpoints.Token,
                ClientPermissions.Endpoints.EndSession, ClientPermissions.GrantTypes.AuthorizationCode,
                ClientPermissions.GrantTypes.RefreshToken, ClientPermissions.ResponseTypes.Code,
                ClientPermissions.Prefixes.Scope + GatewayClaims.ApiScope,
                ClientPermissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in section.GetSection("RedirectUris").Get<string[]>() ?? [])
            descriptor.RedirectUris.Add(new Uri(uri));
        foreach (var uri in section.GetSection("PostLogoutRedirectUris").Get<string[]>() ?? [])
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        return descriptor;
    }
}

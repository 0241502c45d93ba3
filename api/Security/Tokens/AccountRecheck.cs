using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Gateway.Api.Security.Tokens;

/// <summary>
/// A live access token is only as good as its account: once the user is locked, disabled, deleted or re-roled, or the
/// machine client is removed or changes unit or roles, its tokens get 401 (within the recheck window) instead of
/// reading on until they expire.
/// </summary>
public sealed class AccountRecheck(AccountStandings standings, TimeProvider clock)
    : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
        .UseScopedHandler<AccountRecheck>()
        // After every built-in check: only a token that is valid in itself costs an account lookup.
        .SetOrder(int.MaxValue - 100_000)
        .SetType(OpenIddictValidationHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.AccessTokenPrincipal is not { } principal) return;
        var subject = principal.GetClaim(Claims.Subject);
        var stamp = principal.GetClaim(GatewayClaims.AccountStamp);
        // A client-credentials token's subject is the client itself (RFC 9068); a person's is their account id.
        var standing = subject is null || stamp is null ? null
            : await standings.CurrentAsync(subject, isClient: subject == principal.GetClaim(Claims.ClientId),
                context.CancellationToken);
        if (standing is not null && standing.Stamp == stamp && !standing.IsLockedAt(clock.GetUtcNow())) return;
        context.Reject(Errors.InvalidToken,
            "The account behind this token has changed or may not sign in; get a new token.");
    }
}

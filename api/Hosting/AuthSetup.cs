using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gateway.Api.Data;
using Gateway.Api.Security;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Clients;
using Gateway.Api.Security.Headers;
using Gateway.Api.Security.Protection;
using Gateway.Api.Security.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Hosting;

public static class AuthSetup
{
    public const string ApiPolicy = "gateway-api";
    /// <summary>The scheme the API authenticates with: an API key when the request carries one, else an access
    /// token.</summary>
    public const string ApiCallerScheme = "gateway-api-caller";
    /// <summary>Isolates the key ring's payloads: the same on every instance, wherever each is installed (the default
    /// is the content root's path).</summary>
    public const string DataProtectionApplicationName = "Gateway";
    public const string DataProtectionCertificateKey = "Security:DataProtectionCertificate";
    /// <summary>The token server's public address, the issuer of its tokens: the same on every instance.</summary>
    public const string IssuerKey = "Security:Issuer";

    public static IHostApplicationBuilder AddGatewayAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var environment = builder.Environment;
        // Development and the test host run on plain http with throw-away keys; nothing else may.
        var local = environment.IsDevelopment() || environment.IsEnvironment("Testing");

        services.AddSingleton(new ColumnProtector(ReadColumnKey(configuration)));
        AddSharedDataProtection(services, configuration);
        services.AddScoped<GatewayPrincipalFactory>();
        services.AddMemoryCache();
        services.AddScoped<AccountStandings>();
        services.AddOptions<AccountRecheckOptions>().BindConfiguration(AccountRecheckOptions.Section)
            .Validate(o => o.AccountRecheckSeconds >= 0, "Security:AccountRecheckSeconds must be 0 or more.")
            .ValidateOnStart();
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section).ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ClientAccessRules>();
        services.AddScoped<ApiKeyCallers>();
        services.AddSingleton<ApiKeyUse>().AddHostedService(provider => provider.GetRequiredService<ApiKeyUse>());
        services.AddSingleton<TokenPruning>().AddHostedService(provider => provider.GetRequiredService<TokenPruning>());
        services.AddHttpContextAccessor();

        services.AddIdentity<GatewayUser, GatewayRole>(options =>
            {
                // MLPS level 3 / CJIS: long passwords of mixed classes, lock after 5 failures for 15 minutes.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                // Accounts are issued by the bureau per officer and grid worker, many of whom have no e-mail address of
                // their own. The user name is the unique key, and no flow sends anything by e-mail.
                options.User.RequireUniqueEmail = false;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddEntityFrameworkStores<GatewayDbContext>()
            .AddUserManager<GatewayUserManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            // Idle sessions end within 30 minutes.
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.Cookie.HttpOnly = true;
            // Lax, not Strict: the sign-in cookie must ride along when a client application's top-level redirect
            // brings the browser to /connect/authorize, and Lax still keeps it off cross-site POSTs and frames.
            options.Cookie.SameSite = SameSiteMode.Lax;
            if (!local) options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });

        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<GatewayDbContext>())
            .AddServer(options =>
            {
                options.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout");
                options.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                // OAuth 2.1: every code flow proves possession with PKCE, and only with S256.
                options.RequireProofKeyForCodeExchange();
                options.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                options.RegisterScopes(GatewayClaims.ApiScope, Scopes.OpenId, Scopes.OfflineAccess);
                options.RegisterResources(GatewayClaims.Audience);
                // Short-lived access tokens bound role or unit changes to 10 minutes; a refresh token is single-use.
                options.SetAccessTokenLifetime(TimeSpan.FromMinutes(10));
                options.SetRefreshTokenLifetime(TimeSpan.FromHours(8));
                options.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                AddKeys(options, configuration, local);
                // Unset, each instance names itself after the address a request reached it at, and refuses the
                // tokens of an instance reached at another (behind a proxy that passes its own upstream address).
                if (configuration[IssuerKey] is { Length: > 0 } issuer)
                    options.SetIssuer(new Uri(issuer, UriKind.Absolute));
                options.AddEventHandler(AuditRefusedTokenRequests.Descriptor);
                options.AddEventHandler(UniformInvalidClientErrors.Descriptor);
                var aspNetCore = options.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (local) aspNetCore.DisableTransportSecurityRequirement();
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.AddAudiences(GatewayClaims.Audience);
                options.AddEventHandler(AccountRecheck.Descriptor);
                // Only the Authorization header: a token in a URL lands in logs, histories and Referer headers, and one
                // in a form body can be planted by any page that posts a form to the API.
                options.UseAspNetCore()
                    .DisableAccessTokenExtractionFromQueryString()
                    .DisableAccessTokenExtractionFromBodyForm();
            });

        var blindIndex = new BlindIndex(ReadKey(configuration, "Security:BlindIndexKey",
            "it keys the blind index that finds duplicate ID numbers without decrypting them"));
        services.AddSingleton(blindIndex).AddSingleton(new BlindIndexing(blindIndex));

        var apiKeyHeader = configuration[$"{ApiKeyOptions.Section}:{nameof(ApiKeyOptions.HeaderName)}"]
            ?? new ApiKeyOptions().HeaderName;
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName,
                null)
            // One scheme per request, never both: a principal merged from a key and a token would hold the token's
            // writes, and both would answer a refusal with their own challenge.
            .AddPolicyScheme(ApiCallerScheme, "API key or access token", options => options.ForwardDefaultSelector =
                http => ApiKeyAuthenticationHandler.IsPresented(http.Request, apiKeyHeader)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        services.AddAuthorizationBuilder().AddPolicy(ApiPolicy, policy => policy
            .AddAuthenticationSchemes(ApiCallerScheme)
            .RequireAuthenticatedUser()
            // A token issued for signing in only (openid) or for nothing at all does not open the API.
            .RequireAssertion(context => context.User.HasScope(GatewayClaims.ApiScope)));
        services.AddAntiforgery();
        // A year; subdomains are left out: the county's other services on the same domain are not ours to pin.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UseGatewayAuth(this WebApplication app)
    {
        // Only over HTTPS (browsers ignore it on http) and never for localhost; Development runs on plain http.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeaders>(SecurityHeaders.ContentSecurityPolicy([AccountPage.PageStyle]));
        // A preflight carries no credentials, so it is answered before authentication would refuse it.
        app.UseMiddleware<ClientCorsPreflight>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ClientAccessCheck>();
        app.UseAntiforgery();
        app.MapTokenEndpoints();
        app.MapLoginEndpoints();
        return app;
    }

    /// <summary>
    /// The caller's address from <c>X-Forwarded-For</c>, only when the connection comes from a proxy listed in
    /// <c>Security:ForwardedHeaders:KnownProxies</c>; without the setting the socket's address stands, as anyone can
    /// send the header. First in the pipeline, so rate limits, client address ranges and the audit see the same
    /// address.
    /// </summary>
    public static WebApplication UseGatewayForwardedHeaders(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection("Security:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        if (proxies.Length == 0) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor };
        // Only the proxies named here; the defaults would trust every loopback address.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        app.UseForwardedHeaders(options);
        return app;
    }

    private static byte[] ReadColumnKey(IConfiguration configuration) => ReadKey(configuration,
        "Security:ColumnEncryptionKey", "it encrypts ID numbers, phones and informant identities at rest");

    /// <summary>A 256-bit key configured as base64 under <paramref name="name"/>; start-up fails unless it is exactly
    /// that.</summary>
    internal static byte[] ReadKey(IConfiguration configuration, string name, string purpose)
    {
        var value = configuration[name];
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException(
                $"{name} is not configured. Set it to the base64 of 32 random bytes (e.g. "
                + $"`openssl rand -base64 32`); {purpose}.");
        byte[] key;
        try
        {
            key = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{name} is not valid base64.");
        }
        if (key.Length != 32)
            throw new InvalidOperationException(
                $"{name} must be the base64 of 32 random bytes; it decodes to {key.Length} bytes.");
        return key;
    }

    /// <summary>
    /// The key ring behind sign-in and second-factor cookies, antiforgery tokens and Identity's tokens (password reset,
    /// security stamps) is kept in the database, so every instance reads what another protected and a restart keeps
    /// it. With a certificate configured under <see cref="DataProtectionCertificateKey"/> the stored keys are encrypted
    /// with it (XML encryption, RSA); without one they are stored as plain XML, readable by whoever reads the database.
    /// </summary>
    private static void AddSharedDataProtection(IServiceCollection services, IConfiguration configuration)
    {
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(DataProtectionApplicationName)
            .PersistKeysToDbContext<GatewayDbContext>();
        var certificate = configuration[$"{DataProtectionCertificateKey}:Path"];
        if (certificate is not null)
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate,
                configuration[$"{DataProtectionCertificateKey}:Password"]));
    }

    private static void AddKeys(OpenIddictServerBuilder options, IConfiguration configuration, bool local)
    {
        var signing = configuration["Security:SigningCertificate:Path"];
        if (signing is not null)
            options.AddSigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(signing,
                configuration["Security:SigningCertificate:Password"]));
        else if (local)
            // Throw-away key: every restart invalidates the tokens issued before it.
            options.AddEphemeralSigningKey();
        else
            throw new InvalidOperationException("No token signing keys are configured. "
                + "Set Security:SigningCertificate:Path/Password to a PKCS#12 file.");

        // Tokens are encrypted with a symmetric key (A256KW): only this service reads its own tokens (validation uses
        // the local server), and unwrapping with AES costs microseconds where RSA-OAEP cost milliseconds per request.
        // OpenIddict encrypts with the first credential after sorting symmetric keys first; this is the only one.
        var encryption = local && string.IsNullOrWhiteSpace(configuration["Security:TokenEncryptionKey"])
            ? RandomNumberGenerator.GetBytes(32) // throw-away, like the signing key above
            : ReadKey(configuration, "Security:TokenEncryptionKey",
                "it encrypts the access tokens, refresh tokens and authorization codes this service issues");
        options.AddEncryptionKey(new SymmetricSecurityKey(encryption));
    }
}

using Gateway.Api.DemoData;
using Gateway.Api.Security.Accounts;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace Gateway.Api.Hosting;

/// <summary>
/// What a service outside Development and the test host refuses to start with, beside a missing key (checked where each
/// key is read): a key whose value is published in the repository's development or test settings, and a demo client
/// or account that still answers to its published secret or password (a database seeded in Development, then
/// deployed).
/// </summary>
public static class ProductionStartSafety
{
    private static readonly string[] Keys =
        ["Security:ColumnEncryptionKey", "Security:BlindIndexKey", "Security:TokenEncryptionKey", "Audit:ChainKey"];

    private static readonly string[] PublishedSettings = ["appsettings.Development.json", "appsettings.Testing.json"];

    private static bool IsLocal(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static IHostApplicationBuilder RefusePublishedKeys(this IHostApplicationBuilder builder)
    {
        if (IsLocal(builder.Environment)) return builder;
        var published = PublishedSettings
            .Aggregate(new ConfigurationBuilder().SetBasePath(builder.Environment.ContentRootPath),
                (settings, file) => settings.AddJsonFile(file, optional: true))
            .Build().AsEnumerable().Select(setting => setting.Value).OfType<string>().ToHashSet();
        foreach (var key in Keys)
            if (builder.Configuration[key] is { Length: > 0 } value && published.Contains(value))
                throw new InvalidOperationException(
                    $"{key} is a development key published with the source ({string.Join(" or ", PublishedSettings)})."
                    + " Set it to the base64 of 32 new random bytes (`openssl rand -base64 32`).");
        return builder;
    }

    public static async Task RefuseDemoPrincipalsAsync(this WebApplication app)
    {
        if (IsLocal(app.Environment)) return;
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var clientId in DemoPrincipals.ClientIds)
            if (await applications.FindByClientIdAsync(clientId) is { } client
                && await applications.ValidateClientSecretAsync(client, clientId + "-secret"))
                throw new InvalidOperationException($"The demo client '{clientId}' is registered with its "
                    + "published secret. Revoke it (revokeApiClient) or give it a new secret (rotateApiClientSecret) "
                    + "before starting outside Development.");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GatewayUser>>();
        foreach (var userName in DemoPrincipals.UserNames)
            if (await users.FindByNameAsync(userName) is { } user
                && await users.CheckPasswordAsync(user, DemoPrincipals.UserPassword))
                throw new InvalidOperationException($"The demo account '{userName}' still has its published password. "
                    + "Change its password or delete it before starting outside Development.");
    }
}

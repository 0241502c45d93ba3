using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gateway.Api.Data;
using Gateway.Api.Hosting;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tenancy;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Gateway.Api.Tests.Security.Tokens;

/// <summary>In Production the host refuses to start without its secrets, never seeds the demo principals and registers
/// the admin page's client from configuration.</summary>
public sealed class StartupSafetyTests : IDisposable
{
    private const string ColumnKey = "R2F0ZXdheSBwcm9kdWN0aW9uIGNvbHVtbiBrZXkhISE=";
    private const string TokenKey = "R2F0ZXdheSBwcm9kdWN0aW9uIHRva2VuIGtleSEhISE=";
    private const string AuditChainKey = "R2F0ZXdheSBwcm9kdWN0aW9uIGF1ZGl0IGtleSEhISE=";
    private const string BlindIndexKey = "R2F0ZXdheSBwcm9kdWN0aW9uIGJsaW5kIGluZGV4ISE=";
    private readonly string directory = Directory.CreateTempSubdirectory("gateway-startup-").FullName;

    [Fact]
    public void Production_without_a_column_encryption_key_does_not_start()
    {
        using var factory = Production(new() { ["Security:ColumnEncryptionKey"] = null });

        var error = StartFailure(factory);

        Assert.StartsWith("Security:ColumnEncryptionKey is not configured.", error.Message);
    }

    [Fact]
    public void Production_without_signing_certificates_does_not_start()
    {
        using var factory = Production(new() { ["Security:ColumnEncryptionKey"] = ColumnKey });

        var error = StartFailure(factory);

        Assert.StartsWith("No token signing keys are configured.", error.Message);
    }

    [Fact]
    public void Any_environment_but_Development_and_the_test_host_refuses_throw_away_signing_keys()
    {
        using var factory = Production(new() { ["Security:ColumnEncryptionKey"] = ColumnKey }, "Staging");

        var error = StartFailure(factory);

        Assert.StartsWith("No token signing keys are configured.", error.Message);
    }

    [Fact]
    public async Task Production_keeps_the_data_protection_key_ring_in_the_database_under_the_services_name()
    {
        var settings = WithSigningCertificate();
        settings["Security:TokenEncryptionKey"] = TokenKey;
        await using var factory = Production(settings);

        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("startup");
        protector.Protect("sign-in cookie");

        var options = factory.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value;
        Assert.Equal(Api.Hosting.AuthSetup.DataProtectionApplicationName, options.ApplicationDiscriminator);
        await using var scope = factory.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<GatewayDbContext>().DataProtectionKeys.ToListAsync();
        Assert.Equal(factory.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => $"key-{k.KeyId}"),
            keys.Select(k => k.FriendlyName));
    }

    [Fact]
    public void Production_without_a_token_encryption_key_does_not_fall_back_to_a_throw_away_key()
    {
        using var factory = Production(WithSigningCertificate());

        var error = StartFailure(factory);

        Assert.StartsWith("Security:TokenEncryptionKey is not configured.", error.Message);
    }

    [Theory]
    [InlineData("not base64!", "Security:TokenEncryptionKey is not valid base64.")]
    [InlineData("R2F0ZXdheSB0b2tlbiBrZXk=",
        "Security:TokenEncryptionKey must be the base64 of 32 random bytes; it decodes to 17 bytes.")]
    [InlineData("R2F0ZXdheSBwcm9kdWN0aW9uIHRva2VuIGtleSwgdG9vIGxvbmch",
        "Security:TokenEncryptionKey must be the base64 of 32 random bytes; it decodes to 39 bytes.")]
    public void Production_with_a_malformed_token_encryption_key_does_not_start(string value, string message)
    {
        var settings = WithSigningCertificate();
        settings["Security:TokenEncryptionKey"] = value;
        using var factory = Production(settings);

        var error = StartFailure(factory);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Production_without_a_blind_index_key_does_not_start()
    {
        var settings = WithSigningCertificate();
        settings["Security:TokenEncryptionKey"] = TokenKey;
        settings["Security:BlindIndexKey"] = null;
        using var factory = Production(settings);

        var error = StartFailure(factory);

        Assert.StartsWith("Security:BlindIndexKey is not configured.", error.Message);
    }

    [Fact]
    public void Production_without_an_audit_chain_key_does_not_start()
    {
        var settings = WithSigningCertificate();
        settings["Security:TokenEncryptionKey"] = TokenKey;
        settings["Audit:ChainKey"] = null;
        using var factory = Production(settings);

        var error = StartFailure(factory);

        Assert.StartsWith("Audit:ChainKey is not configured.", error.Message);
    }

    [Fact]
    public void Production_encrypts_tokens_with_the_configured_key_and_nothing_else()
    {
        var settings = WithSigningCertificate();
        settings["Security:TokenEncryptionKey"] = TokenKey;
        using var factory = Production(settings);

        var options = factory.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue;

        var credentials = Assert.Single(options.EncryptionCredentials);
        Assert.Equal(SecurityAlgorithms.Aes256KW, credentials.Alg);
        Assert.Equal(Convert.FromBase64String(TokenKey), Assert.IsType<SymmetricSecurityKey>(credentials.Key).Key);
        Assert.IsType<X509SecurityKey>(Assert.Single(options.SigningCredentials).Key);
    }

    [Fact]
    public async Task Production_with_its_secrets_starts_with_the_admin_page_client_and_no_demo_principal()
    {
        var settings = WithSigningCertificate();
        settings["Security:TokenEncryptionKey"] = TokenKey;
        settings["Security:AdminClient:RedirectUris:0"] = "https://gateway.gong.example/admin/callback";
        settings["Security:AdminClient:PostLogoutRedirectUris:0"] = "https://gateway.gong.example/admin/";
        await using var factory = Production(settings);

        _ = factory.Server;

        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        Assert.Equal(0, await db.OrgUnits.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.ApiClients.IgnoreQueryFilters().CountAsync());
        // The page at /admin can sign people in: its client is there, at the configured addresses, and no other.
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        Assert.Equal(1, await applications.CountAsync());
        var adminPage = await applications.FindByClientIdAsync(AdminPageClient.ClientId);
        Assert.NotNull(adminPage);
        Assert.Contains("https://gateway.gong.example/admin/callback",
            await applications.GetRedirectUrisAsync(adminPage));
        Assert.Contains("https://gateway.gong.example/admin/",
            await applications.GetPostLogoutRedirectUrisAsync(adminPage));
        Assert.Equal(OpenIddictConstants.ClientTypes.Public, await applications.GetClientTypeAsync(adminPage));
        // The role catalogue is there, so a real administrator can be created.
        Assert.True(await db.Roles.AnyAsync(r => r.Name == Api.Security.Roles.SystemAdmin));
    }

    [Theory]
    [InlineData("Security:ColumnEncryptionKey", "appsettings.Development.json")]
    [InlineData("Audit:ChainKey", "appsettings.Testing.json")]
    public void Production_with_a_key_published_in_the_development_or_test_settings_does_not_start(string key,
        string file)
    {
        var published = new ConfigurationBuilder().AddJsonFile(RepositoryFiles.PathOf("api", file)).Build()[key];
        var settings = WithSigningCertificate();
        settings["Security:TokenEncryptionKey"] = TokenKey;
        settings[key] = published;
        using var factory = Production(settings);

        Assert.Contains($"{key} is a development key", StartFailure(factory).Message);
    }

    [Fact]
    public void Production_over_a_database_holding_demo_clients_with_their_published_secrets_does_not_start()
    {
        var seeded = TestDatabases.CopyOfSeededTemplate();
        try
        {
            var settings = WithSigningCertificate();
            settings["Security:TokenEncryptionKey"] = TokenKey;
            settings["Database:Provider"] = TestDatabases.Provider;
            settings["ConnectionStrings:Gateway"] = TestDatabases.ConnectionStringFor(seeded);
            using var factory = Production(settings);

            Assert.Matches("demo client '.*' is registered with its published secret", StartFailure(factory).Message);
        }
        finally
        {
            TestDatabases.Delete(seeded);
        }
    }

    [Fact]
    public async Task A_restart_with_other_redirect_addresses_registers_the_admin_page_client_at_those()
    {
        var settings = WithSigningCertificate();
        settings["Security:TokenEncryptionKey"] = TokenKey;
        settings["Security:AdminClient:RedirectUris:0"] = "https://old.gong.example/admin/callback";
        await using (var first = Production(settings)) _ = first.Server;

        settings["Security:AdminClient:RedirectUris:0"] = "https://new.gong.example/admin/callback";
        await using var second = Production(settings);
        _ = second.Server;

        await using var scope = second.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        Assert.Equal(1, await applications.CountAsync());
        var redirects = await applications.GetRedirectUrisAsync(
            (await applications.FindByClientIdAsync(AdminPageClient.ClientId))!);
        Assert.Contains("https://new.gong.example/admin/callback", redirects);
        Assert.DoesNotContain("https://old.gong.example/admin/callback", redirects);
    }

    private Dictionary<string, string?> WithSigningCertificate() => new()
    {
        ["Security:ColumnEncryptionKey"] = ColumnKey,
        ["Audit:ChainKey"] = AuditChainKey,
        ["Security:BlindIndexKey"] = BlindIndexKey,
        ["Security:SigningCertificate:Path"] = Certificate("signing", X509KeyUsageFlags.DigitalSignature),
        ["Security:SigningCertificate:Password"] = "pw",
    };

    private WebApplicationFactory<Program> Production(Dictionary<string, string?> settings,
        string environment = "Production") =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            // On SQLite whatever engine the suite runs on: these tests are about keys, not data.
            builder.UseSetting("Database:Provider", DataSetup.SqliteProvider);
            builder.UseSetting("ConnectionStrings:Gateway", $"Data Source={Path.Combine(directory, "gateway.db")}");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    /// <summary>The exception that stopped the host from starting.</summary>
    private static Exception StartFailure(WebApplicationFactory<Program> factory)
    {
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        while (error is not InvalidOperationException && error.InnerException is not null) error = error.InnerException;
        return Assert.IsType<InvalidOperationException>(error);
    }

    /// <summary>A self-signed PKCS#12 file with password "pw" and the given key usage.</summary>
    private string Certificate(string name, X509KeyUsageFlags usage)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Gateway {name}", rsa, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1),
            DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(directory, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, "pw"));
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}

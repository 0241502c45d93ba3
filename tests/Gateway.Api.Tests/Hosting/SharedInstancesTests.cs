using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gateway.Api.Audit;
using Gateway.Api.DemoData;
using Gateway.Api.Security.Accounts;
using Gateway.Api.Tests.Audit;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Security.Accounts;
using Gateway.Api.Tests.Security.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gateway.Api.Tests.Hosting;

/// <summary>
/// Two instances of the app on one database file behind one address, answering in turn as a round-robin load balancer
/// sends them requests, configured alike (the same signing certificate, token encryption key, issuer and
/// data-protection certificate) and keeping nothing on their own disks: what one issues or protects the other
/// accepts, the audit records both write form one chain, and an instance started again finds the keys it had.
/// </summary>
public sealed class SharedInstancesTests : IAsyncLifetime
{
    /// <summary>A person with an authenticator, so the second-factor page's cookie crosses instances too.</summary>
    private const string Person = "intel.officer";
    private const string ProtectionPurpose = "Gateway.Tests.SharedInstances";

    private readonly string directory = Directory.CreateTempSubdirectory("gateway-instances-").FullName;
    private readonly string databasePath = TestDatabases.CopyOfSeededTemplate();
    private readonly Dictionary<string, string> sharedSettings;
    private Instance first = null!;
    private Instance second = null!;

    public SharedInstancesTests() => sharedSettings = new()
    {
        ["Security:TokenEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Security:Issuer"] = "https://gateway.gong.example/",
        ["Security:DataProtectionCertificate:Path"] = DataProtectionCertificate(),
        ["Security:DataProtectionCertificate:Password"] = "pw",
    };

    public Task InitializeAsync()
    {
        // The seeded county comes with the key ring its seeding host made, without the certificate: start a new one.
        using (var connection = TestDatabases.OpenConnection(databasePath))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM \"DataProtectionKeys\"";
            command.ExecuteNonQuery();
        }
        TestDatabases.ClearPool(databasePath);
        first = Start(sharedSettings);
        second = Start(sharedSettings);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_person_signs_in_through_both_instances_and_each_accepts_the_tokens_the_other_issued()
    {
        var instances = new RoundRobin(first, second);
        using var browser = new HttpClient(new CookieContainerHandler { InnerHandler = instances })
        {
            BaseAddress = new Uri("http://localhost"),
        };
        using var signIn = new UserSignIn(first, browser);

        // Authorize, login page, password, second-factor page, code, authorize again, redeem: each step on the
        // instance the one before it did not answer, so the antiforgery token, the sign-in and second-factor cookies
        // and the authorization code are each made on one instance and read on the other.
        var session = await signIn.RunAsync(Person, DemoPrincipals.UserPassword,
            DemoPrincipals.AuthenticatorKeys[Person]);
        var refreshedAtSecond = await TokenRequests.RefreshAsync(second.CreateClient(), session.RefreshToken!);
        refreshedAtSecond.AssertIssued();
        var refreshedAtFirst = await TokenRequests.RefreshAsync(first.CreateClient(), refreshedAtSecond.RefreshToken!);
        var replayedAtFirst = await TokenRequests.RefreshAsync(first.CreateClient(), session.RefreshToken!);

        Assert.Equal([0, 1, 0, 1, 0, 1, 0], instances.Served);
        foreach (var instance in new[] { first, second })
        foreach (var token in new[] { session.AccessToken, refreshedAtSecond.AccessToken! })
            (await UserSignIn.ClientWith(instance, token).PostAsync("{ __typename }")).AssertSuccess();
        refreshedAtFirst.AssertIssued();
        // A refresh token is used once across all instances, not once on each.
        replayedAtFirst.AssertRefused(HttpStatusCode.BadRequest, Errors.InvalidGrant);
    }

    [Fact]
    public async Task A_machine_token_of_one_instance_opens_the_other_at_its_own_address_but_not_a_stranger()
    {
        // A proxy that passes on its upstream address: each instance is reached at an address of its own.
        var token = await TokenRequests.ClientCredentialsAsync(At(first, "http://10.0.0.11:8080"),
            GatewayApiFactory.DefaultClientId, GatewayApiFactory.DefaultClientId + "-secret");
        token.AssertIssued();
        var ownTokenKey = new Dictionary<string, string>(sharedSettings)
        {
            ["Security:TokenEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var ownIssuer = new Dictionary<string, string>(sharedSettings);
        ownIssuer.Remove("Security:Issuer");

        var atSecond = await CallAsync(At(second, "http://10.0.0.12:8080"), token.AccessToken!);
        var withOwnTokenKey = await CallAsync(At(Start(ownTokenKey), "http://10.0.0.12:8080"), token.AccessToken!);
        var withoutIssuer = await CallAsync(At(Start(ownIssuer), "http://10.0.0.13:8080"), token.AccessToken!);

        atSecond.AssertSuccess();
        // The controls: the token key and the issuer are what the instances must share.
        Assert.Equal(HttpStatusCode.Unauthorized, withOwnTokenKey.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutIssuer.Status);
    }

    private static HttpClient At(Instance instance, string address) =>
        instance.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) });

    private static Task<GraphQLResponse> CallAsync(HttpClient http, string accessToken)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new GraphQLClient(http).PostAsync("{ offices { totalCount } }");
    }

    [Fact]
    public async Task A_password_reset_token_made_on_one_instance_is_accepted_by_the_other()
    {
        var token = await first.WithUsersAsync(async users =>
            await users.GeneratePasswordResetTokenAsync(await users.UserAsync(Person)));

        var accepted = await second.WithUsersAsync(async users => await users.VerifyUserTokenAsync(
            await users.UserAsync(Person), users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<GatewayUser>.ResetPasswordTokenPurpose, token));

        Assert.True(accepted);
    }

    [Fact]
    public async Task Audit_records_both_instances_write_at_once_form_one_chain_whose_head_row_names_its_head()
    {
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            AuditTestData.RecordAsync(i % 2 == 0 ? first : second, "nanjing", $"test.instance-{i % 2}")));

        var (count, headId) = await first.WithDbAsync(async db =>
            (await db.AuditRecords.CountAsync(), await db.AuditRecords.MaxAsync(r => r.Id)));
        var verifiedBySecond = await second.Services.GetRequiredService<AuditChainVerifier>()
            .VerifyAsync(CancellationToken.None);
        var head = AuditCheckpoint.Parse((await AuditChainAttacks.HeadCheckpointOf(first))!)!;

        Assert.True(verifiedBySecond.Verified, verifiedBySecond.Reason);
        Assert.Equal(count, verifiedBySecond.CheckedRecords);
        Assert.Equal(16, await first.WithDbAsync(db =>
            db.AuditRecords.CountAsync(r => r.Operation.StartsWith("test.instance-"))));
        Assert.Equal((headId, (long)count), (head.HeadId, head.Count));
    }

    [Fact]
    public async Task An_instance_started_again_reads_what_was_protected_before_with_the_stored_keys_and_makes_none()
    {
        var protectedBefore = Protector(first).Protect("kept across restarts");
        Assert.Equal("kept across restarts", Protector(second).Unprotect(protectedBefore));
        var stored = await StoredKeysAsync(first);
        await first.DisposeAsync();
        await second.DisposeAsync();

        var restarted = Start(sharedSettings);
        var readAfter = Protector(restarted).Unprotect(protectedBefore);
        Protector(restarted).Protect("written after the restart");

        Assert.Equal("kept across restarts", readAfter);
        Assert.Equal(stored, await StoredKeysAsync(restarted));
        Assert.Equal(stored.Select(k => k.FriendlyName).Order(), restarted.Services.GetRequiredService<IKeyManager>()
            .GetAllKeys().Select(k => $"key-{k.KeyId}").Order());
        // Encrypted with the data-protection certificate: the database holds no key in the clear.
        Assert.All(stored, key => Assert.Contains("<EncryptedData", key.Xml));
        Assert.All(stored, key => Assert.DoesNotContain("<value>", key.Xml));
    }

    private static async Task<List<(string FriendlyName, string Xml)>> StoredKeysAsync(Instance instance)
    {
        var keys = await instance.WithDbAsync(db =>
            db.DataProtectionKeys.OrderBy(k => k.Id).Select(k => new { k.FriendlyName, k.Xml }).ToListAsync());
        Assert.NotEmpty(keys);
        return [.. keys.Select(k => (k.FriendlyName!, k.Xml!))];
    }

    private static IDataProtector Protector(Instance instance) =>
        instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ProtectionPurpose);

    private readonly List<Instance> started = [];

    private Instance Start(Dictionary<string, string> settings)
    {
        var instance = new Instance(databasePath, settings);
        _ = instance.Server;
        started.Add(instance);
        return instance;
    }

    /// <summary>A self-signed RSA certificate for key encipherment, as a PKCS#12 file with password "pw".</summary>
    private string DataProtectionCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Gateway key ring", rsa, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1),
            DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(directory, "key-ring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, "pw"));
        return path;
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in started) await instance.DisposeAsync();
        TestDatabases.Delete(databasePath);
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>One instance of the app on the shared database file.</summary>
    private sealed class Instance(string databasePath, Dictionary<string, string> settings)
        : GatewayApiFactory(databasePath, ownsDatabase: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }

    /// <summary>One address in front of several instances: each request goes to the next one in turn.</summary>
    private sealed class RoundRobin(params Instance[] instances) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker[] targets =
            [.. instances.Select(instance => new HttpMessageInvoker(instance.Server.CreateHandler()))];

        /// <summary>Which instance answered each request, in order.</summary>
        public List<int> Served { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            int target;
            lock (Served)
            {
                target = Served.Count % targets.Length;
                Served.Add(target);
            }
            return targets[target].SendAsync(request, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                foreach (var invoker in targets) invoker.Dispose();
            base.Dispose(disposing);
        }
    }
}

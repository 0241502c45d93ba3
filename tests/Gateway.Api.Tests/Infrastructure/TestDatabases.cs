using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gateway.Api.Security.Clients;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// Temporary SQLite files for the test run. The demo county is migrated and seeded once, by starting the real
/// app against a template file; every factory then gets its own copy (SQLite's backup API).
/// </summary>
public static class TestDatabases
{
    private static readonly Lazy<string> Directory = new(CreateDirectory);
    private static readonly Lazy<string> Template = new(CreateSeededTemplate);

    private static readonly Lazy<string> SigningCertificate = new(CreateSigningCertificate);

    /// <summary>
    /// A PKCS#12 file (password <see cref="SigningCertificatePassword"/>) that every app of the run signs tokens with:
    /// an ephemeral key would cost each app an RSA key generation. Tokens still stay with their app: each encrypts
    /// them with a throw-away key of its own.
    /// </summary>
    public static string SigningCertificatePath => SigningCertificate.Value;

    public const string SigningCertificatePassword = "test";

    public static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    public static string NewPath() => Path.Combine(Directory.Value, $"{Guid.NewGuid():N}.db");

    private static readonly Lock CopyLock = new();

    public static string CopyOfSeededTemplate()
    {
        var path = NewPath();
        RestoreSeededTemplate(path);
        return path;
    }

    /// <summary>
    /// Writes the seeded demo county over the database at <paramref name="path"/> (a new file or one a running app
    /// uses between requests): every page is replaced in one write transaction, so the app's next read sees the seed.
    /// </summary>
    public static void RestoreSeededTemplate(string path)
    {
        // Parallel collections start their apps at once; one copy at a time keeps readers of the template from
        // colliding (SQLITE_BUSY) while SQLite opens it.
        using var _ = CopyLock.EnterScope();
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Template.Value,
            Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var target = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" }) File.Delete(file);
    }

    private static string CreateSeededTemplate()
    {
        var path = NewPath();
        using (var factory = new GatewayApiFactory(path, ownsDatabase: false))
        {
            _ = factory.Server; // Program runs migrations and the demo-county seeder on start.
            seededPublishedDocumentsOnly = AllowOwnDocumentsOfEveryClientAsync(factory).GetAwaiter().GetResult();
        }
        // Fold the write-ahead log into the file and leave WAL mode, so the template is one plain file to read.
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
        command.ExecuteNonQuery();
        return path;
    }

    private static IReadOnlyList<string>? seededPublishedDocumentsOnly;

    /// <summary>The demo clients the seeder set to published documents only, before the template let them send their
    /// own (see <see cref="AllowOwnDocumentsOfEveryClientAsync"/>).</summary>
    public static IReadOnlyList<string> SeededPublishedDocumentsOnlyClients
    {
        get
        {
            _ = Template.Value;
            return seededPublishedDocumentsOnly!;
        }
    }

    /// <summary>
    /// Takes the published-documents-only setting off every demo client in the template: the suites probe the
    /// dashboard's and the committee's permissions with documents of their own. Tests of the setting put it back on
    /// their own copy (Operations/PublishedDocumentsOnlyTests).
    /// </summary>
    private static async Task<IReadOnlyList<string>> AllowOwnDocumentsOfEveryClientAsync(GatewayApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var held = new List<string>();
        await foreach (var application in applications.ListAsync())
        {
            var clientId = (await applications.GetClientIdAsync(application))!;
            if (!await PublishedDocumentsOnly.IsSetAsync(applications, clientId, CancellationToken.None)) continue;
            held.Add(clientId);
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, application);
            PublishedDocumentsOnly.Set(descriptor, false);
            await applications.UpdateAsync(application, descriptor);
        }
        return [.. held.Order(StringComparer.Ordinal)];
    }

    private static string CreateSigningCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Gateway tests", rsa, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1),
            DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Directory.Value, "signing.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, SigningCertificatePassword));
        return path;
    }

    private static string CreateDirectory()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("gateway-api-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            SqliteConnection.ClearAllPools();
            try { System.IO.Directory.Delete(directory, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return directory;
    }
}

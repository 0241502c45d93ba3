using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gateway.Api.Hosting;
using Gateway.Api.Security.Clients;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenIddict.Abstractions;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// Temporary databases for the test run, SQLite files unless <see cref="ProviderVariable"/> says
/// <c>postgres</c>. The demo county is migrated and seeded once, by starting the real app against a template; every
/// factory then gets its own copy (SQLite's backup API; PostgreSQL's CREATE DATABASE … TEMPLATE). Each database has a
/// path all the same: a SQLite database is that file, a PostgreSQL one is named after it, and the app files its audit
/// checkpoints beside it.
/// </summary>
public static class TestDatabases
{
    /// <summary>Environment variable naming the engine the tests run on: <c>sqlite</c> (or unset) or
    /// <c>postgres</c>.</summary>
    public const string ProviderVariable = "GATEWAY_TEST_DATABASE";

    /// <summary>Environment variable with a connection string to a PostgreSQL server (its database is where the test
    /// databases are created from, e.g. <c>postgres</c>) for the run on PostgreSQL.</summary>
    public const string PostgresServerVariable = "GATEWAY_TEST_POSTGRES";

    public static readonly bool OnPostgres =
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgres",
            StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of <c>Database:Provider</c> the apps of this run are configured with.</summary>
    public static string Provider => OnPostgres ? DataSetup.PostgresProvider : DataSetup.SqliteProvider;

    private static readonly Lazy<string> PostgresServer = new(() =>
        Environment.GetEnvironmentVariable(PostgresServerVariable) is { Length: > 0 } server ? server
            : throw new InvalidOperationException(
                $"{ProviderVariable}=postgres needs {PostgresServerVariable}, a connection string to the server."));

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

    /// <summary>
    /// The role the apps of the PostgreSQL run connect as: it owns their databases and tables, and is neither a
    /// superuser nor BYPASSRLS, so the tables' row-level security holds for it as for the service in production. Made
    /// on the server once, without a password: the run's cluster trusts loopback.
    /// </summary>
    public const string PostgresAppRole = "gateway_app";

    private static readonly Lazy<string> PostgresAppRoleMade = new(() =>
    {
        using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(PostgresServer.Value) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand($"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PostgresAppRole}') THEN
                    CREATE ROLE {PostgresAppRole};
                END IF;
            END $$;
            -- As this run needs it, also where the role was made before (the benchmark makes it too).
            ALTER ROLE {PostgresAppRole} LOGIN CREATEDB NOSUPERUSER NOBYPASSRLS
            """, connection);
        command.ExecuteNonQuery();
        return PostgresAppRole;
    });

    /// <summary>How the app reaches the database of <paramref name="path"/>: on PostgreSQL as
    /// <see cref="PostgresAppRole"/>.</summary>
    public static string ConnectionStringFor(string path) => OnPostgres
        ? new NpgsqlConnectionStringBuilder(PostgresServer.Value)
        {
            Database = DatabaseNameOf(path), Username = PostgresAppRoleMade.Value,
        }.ToString()
        : new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    /// <summary>The PostgreSQL database of <paramref name="path"/>: the run's databases differ in their file
    /// names.</summary>
    private static string DatabaseNameOf(string path) => "gateway_test_" + Path.GetFileNameWithoutExtension(path);

    /// <summary>Lets go of the idle pooled connections to the database of <paramref name="path"/>, so it can be
    /// replaced or dropped. On PostgreSQL every pool: the app's connection string is the test's with options added
    /// (<see cref="Api.Data.PostgresConnection"/>), and the other apps' idle connections merely reconnect.</summary>
    public static void ClearPool(string path)
    {
        if (OnPostgres) NpgsqlConnection.ClearAllPools();
        else SqliteConnection.ClearPool(new SqliteConnection(ConnectionStringFor(path)));
    }

    /// <summary>An open connection to the database of <paramref name="path"/> on the run's engine, for tests that
    /// write past the app (identifiers double-quoted: both engines read them so); on PostgreSQL as the server's own
    /// user, past row-level security.</summary>
    public static System.Data.Common.DbConnection OpenConnection(string path)
    {
        System.Data.Common.DbConnection connection = OnPostgres
            ? new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(PostgresServer.Value) { Database = DatabaseNameOf(path) }.ToString())
            : new SqliteConnection(ConnectionStringFor(path));
        connection.Open();
        return connection;
    }

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
        // colliding (SQLITE_BUSY) while SQLite opens it, and PostgreSQL copies a template no one else uses.
        using var _ = CopyLock.EnterScope();
        if (OnPostgres)
        {
            ClearPool(path);
            // FILE_COPY: PostgreSQL 15's default (WAL_LOG) writes the whole county into the WAL for every copy, and
            // the run's streaming standby, replaying gigabytes of it, fell minutes behind the replica tests.
            OnServer($"""
                DROP DATABASE IF EXISTS "{DatabaseNameOf(path)}" WITH (FORCE);
                CREATE DATABASE "{DatabaseNameOf(path)}" TEMPLATE "{DatabaseNameOf(Template.Value)}"
                    OWNER {PostgresAppRole} STRATEGY FILE_COPY;
                """);
            return;
        }
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
        if (OnPostgres)
        {
            ClearPool(path);
            OnServer($"""DROP DATABASE IF EXISTS "{DatabaseNameOf(path)}" WITH (FORCE);""");
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            File.Delete(file);
    }

    private static string CreateSeededTemplate()
    {
        var path = NewPath();
        using (var factory = new GatewayApiFactory(path, ownsDatabase: false))
        {
            _ = factory.Server; // Program runs migrations and the demo-county seeder on start.
            seededPublishedDocumentsOnly = AllowOwnDocumentsOfEveryClientAsync(factory).GetAwaiter().GetResult();
        }
        if (OnPostgres)
        {
            // A template is copied only while no one is connected to it.
            ClearPool(path);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(path);
            return path;
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

    /// <summary>Runs <paramref name="sql"/> (one statement at a time: CREATE DATABASE refuses a batch) on the
    /// server's own database.</summary>
    private static void OnServer(string sql)
    {
        using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(PostgresServer.Value) { Pooling = false }.ToString());
        connection.Open();
        foreach (var statement in
            sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var command = new NpgsqlCommand(statement, connection);
            command.ExecuteNonQuery();
        }
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

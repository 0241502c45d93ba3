using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Microsoft.Data.Sqlite;

namespace Gateway.Api.Hosting;

public static class AuditSetup
{
    /// <summary>Command-line argument that verifies the audit chain and exits instead of serving.</summary>
    public const string VerifyCommand = "verify-audit";
    /// <summary>Option of <see cref="VerifyCommand"/> followed by a checkpoint line filed earlier, to verify
    /// against.</summary>
    public const string CheckpointOption = "--checkpoint";
    public const string RetentionDaysKey = "Audit:RetentionDays";
    public const string ChainKeyKey = "Audit:ChainKey";
    /// <summary>China's Cybersecurity Law asks for six months, CJIS for one year; the stricter one wins.</summary>
    public const int MinimumRetentionDays = 365;

    /// <summary>
    /// Audit records are kept at least <see cref="RetentionDaysKey"/> days, and start-up fails on a shorter setting.
    /// Nothing in Gateway deletes them: pruning is an operator's action outside the service. The chain verifies from
    /// its first record, so after pruning the oldest remaining record reports a broken link until a verified checkpoint
    /// to start from exists; none is built yet.
    /// The chain is keyed with <see cref="ChainKeyKey"/>, required in every environment (Development and Testing carry
    /// throw-away values); checkpoints go to <see cref="AuditCheckpointFile.PathKey"/>, by default beside the database
    /// file.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayAudit(this IHostApplicationBuilder builder)
    {
        var retentionDays = builder.Configuration.GetValue(RetentionDaysKey, MinimumRetentionDays);
        if (retentionDays < MinimumRetentionDays)
            throw new InvalidOperationException(
                $"{RetentionDaysKey} is {retentionDays}, but audit records must be kept at least "
                + $"{MinimumRetentionDays} days (CJIS: one year; Cybersecurity Law: six months). "
                + $"Set it to {MinimumRetentionDays} or more.");
        var key = AuthSetup.ReadKey(builder.Configuration, ChainKeyKey,
            "it keys the audit chain, "
            + "so that whoever owns the database cannot rewrite records and recompute their hashes");
        builder.Services.AddSingleton(new AuditChainKey(key));
        builder.Services.AddSingleton(new AuditCheckpointFile(CheckpointPath(builder.Configuration)));
        builder.Services.AddSingleton<AuditChainVerifier>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<RequestAuditTrail>();
        return builder;
    }

    /// <summary>
    /// Verifies the audit chain, against the checkpoint after <see cref="CheckpointOption"/> too when one is given, and
    /// prints the result and, when it holds, a checkpoint of its head to file; 0 when it holds, 1 when it is broken.
    /// </summary>
    public static async Task<int> VerifyAuditChainAsync(this IHost host, string[] args)
    {
        var option = Array.IndexOf(args, CheckpointOption);
        var filed = option < 0 ? null : args.ElementAtOrDefault(option + 1) ?? "";
        var verifier = host.Services.GetRequiredService<AuditChainVerifier>();
        var result = await verifier.VerifyAsync(filed, CancellationToken.None);
        if (result.Verified)
        {
            Console.WriteLine(
                $"Audit chain verified: {result.CheckedRecords} records, every hash, link and checkpoint holds.");
            if (result.Checkpoint is { } checkpoint)
            {
                Console.WriteLine(
                    "File this checkpoint outside the service; "
                    + $"verify against it later with {CheckpointOption} \"<line>\":");
                Console.WriteLine(checkpoint.ToLine());
            }
            return 0;
        }
        Console.WriteLine(result.FirstBrokenRecordId is { } id
            ? $"Audit chain BROKEN at record {id} (global id {GlobalId.Encode(nameof(AuditRecord), id)}), record "
                + $"{result.CheckedRecords} of the walk: {result.Reason}"
            : $"Audit chain BROKEN: {result.Reason}");
        return 1;
    }

    /// <summary>The configured checkpoint file, or one beside the SQLite database file; its directory must
    /// exist.</summary>
    private static string CheckpointPath(IConfiguration configuration)
    {
        var path = configuration[AuditCheckpointFile.PathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            // Only a SQLite database is a file; a PostgreSQL connection string names none.
            var onSqlite = (configuration["Database:Provider"] ?? DataSetup.SqliteProvider) == DataSetup.SqliteProvider;
            var database = onSqlite
                ? new SqliteConnectionStringBuilder(configuration.GetConnectionString("Gateway")).DataSource
                : null;
            if (string.IsNullOrEmpty(database) || database == ":memory:")
                throw new InvalidOperationException(
                    $"{AuditCheckpointFile.PathKey} is not configured and the database is no file to keep checkpoints "
                    + "beside. Set it to a file path.");
            path = Path.ChangeExtension(database, ".audit-checkpoints");
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!Directory.Exists(directory))
            throw new InvalidOperationException(
                $"{AuditCheckpointFile.PathKey} is {path}, but the directory {directory} does not exist; "
                + "audit checkpoints are appended there.");
        return path;
    }
}

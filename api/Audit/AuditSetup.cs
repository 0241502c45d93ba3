using Gateway.Api.GraphQL.Relay;

namespace Gateway.Api.Audit;

public static class AuditSetup
{
    /// <summary>Command-line argument that verifies the audit chain and exits instead of serving.</summary>
    public const string VerifyCommand = "verify-audit";
    public const string RetentionDaysKey = "Audit:RetentionDays";
    /// <summary>China's Cybersecurity Law asks for six months, CJIS for one year; the stricter one wins.</summary>
    public const int MinimumRetentionDays = 365;

    /// <summary>
    /// Audit records are kept at least <see cref="RetentionDaysKey"/> days, and start-up fails on a shorter setting.
    /// Nothing in Gateway deletes them: pruning is an operator's action outside the service. The chain verifies from
    /// its first record, so after pruning the oldest remaining record reports a broken link until a verified checkpoint
    /// to start from exists; none is built yet.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayAudit(this IHostApplicationBuilder builder)
    {
        var retentionDays = builder.Configuration.GetValue(RetentionDaysKey, MinimumRetentionDays);
        if (retentionDays < MinimumRetentionDays)
            throw new InvalidOperationException(
                $"{RetentionDaysKey} is {retentionDays}, but audit records must be kept at least {MinimumRetentionDays} days (CJIS: one year; Cybersecurity Law: six months). Set it to {MinimumRetentionDays} or more.");
        builder.Services.AddSingleton<AuditChainVerifier>();
        return builder;
    }

    /// <summary>Verifies the audit chain and prints the result; 0 when it holds, 1 when it is broken.</summary>
    public static async Task<int> VerifyAuditChainAsync(this IHost host)
    {
        var result = await host.Services.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        if (result.Verified)
        {
            Console.WriteLine($"Audit chain verified: {result.CheckedRecords} records, every hash and link holds.");
            return 0;
        }
        var id = result.FirstBrokenRecordId!.Value;
        Console.WriteLine($"Audit chain BROKEN at record {id} (global id {GlobalId.Encode(nameof(AuditRecord), id)}), record {result.CheckedRecords} of the walk: {result.Reason}");
        return 1;
    }
}

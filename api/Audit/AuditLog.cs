using System.Security.Cryptography;
using System.Text;
using Gateway.Api.Data;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Audit;

/// <summary>
/// Appends hash-chained audit records: each record's hash covers its content and the previous record's hash, so
/// changing or removing any record breaks every link after it. Records are written in their own scope and
/// transaction, so a failed or refused operation is still recorded.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, TenantScope caller, IHttpContextAccessor http, TimeProvider clock)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    /// <summary>One writer at a time keeps the chain linear within this process.</summary>
    private static readonly SemaphoreSlim Writer = new(1, 1);

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var record = new AuditRecord
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            Actor = caller.Actor,
            ClientId = caller.ClientId,
            TenantUnitId = caller.UnitId,
            TenantPath = caller.IsSystem ? "/" : caller.UnitPath,
            Operation = entry.Operation,
            ObjectIds = Truncate(string.Join(",", entry.ObjectIds), 2000),
            Outcome = entry.Outcome,
            SourceAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        };

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().EnterSystem();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        await Writer.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            record.PreviousHash = await db.AuditRecords.OrderByDescending(r => r.Id).Select(r => r.Hash).FirstOrDefaultAsync(cancellationToken) ?? GenesisHash;
            record.Hash = HashOf(record);
            db.AuditRecords.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            Writer.Release();
        }
    }

    /// <summary>SHA-256 over the previous hash and every field, in a fixed order and format.</summary>
    public static string HashOf(AuditRecord record)
    {
        var canonical = string.Join('\u001f',
            record.PreviousHash, record.OccurredAt.ToString("O"), record.Actor, record.ClientId ?? "", record.TenantUnitId?.ToString() ?? "",
            record.TenantPath, record.Operation, record.ObjectIds, record.Outcome.ToString(), record.SourceAddress ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}

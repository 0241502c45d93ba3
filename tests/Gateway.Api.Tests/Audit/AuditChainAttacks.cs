using System.Security.Cryptography;
using System.Text;
using Gateway.Api.Audit;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Audit;

/// <summary>
/// What someone who owns the database file does to the chain, written as they would write it: raw SQL and the record
/// format, which is no secret. Whether they hold the chain key is each attack's choice.
/// </summary>
internal static class AuditChainAttacks
{
    /// <summary>The record's fields in the chain's fixed order and format.</summary>
    public static string CanonicalOf(AuditRecord record) => string.Join('\u001f',
        record.PreviousHash, record.OccurredAt.ToString("O"), record.Actor, record.ClientId ?? "",
        record.TenantUnitId?.ToString() ?? "", record.TenantPath, record.Operation, record.ObjectIds,
        record.Outcome.ToString(), record.SourceAddress ?? "",
        record.Occurrences.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The plain SHA-256 chain: all it takes is the format.</summary>
    public static string PlainHash(AuditRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalOf(record))));

    public static Func<AuditRecord, string> KeyedHash(byte[] key) =>
        record => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(CanonicalOf(record))));

    /// <summary>The key the app was configured with, as an insider holding it would use it.</summary>
    public static byte[] ConfiguredKey(GatewayApiFactory factory) =>
        Convert.FromBase64String(factory.Services.GetRequiredService<IConfiguration>()["Audit:ChainKey"]!);

    /// <summary>
    /// Sets the object ids of record <paramref name="changedId"/> (when given), then relinks every record from
    /// <paramref name="fromId"/> on with <paramref name="hash"/>, starting from the hash of the record before it.
    /// </summary>
    public static Task RelinkFromAsync(GatewayApiFactory factory, long fromId, Func<AuditRecord, string> hash,
        long? changedId = null, string? objectIds = null) => factory.WithDbAsync(async db =>
    {
        var previous = await db.AuditRecords.Where(r => r.Id < fromId).OrderByDescending(r => r.Id).Select(r => r.Hash)
            .FirstOrDefaultAsync() ?? AuditLog.GenesisHash;
        var records = await db.AuditRecords.AsNoTracking().Where(r => r.Id >= fromId).OrderBy(r => r.Id).ToListAsync();
        foreach (var record in records)
        {
            if (record.Id == changedId) record.ObjectIds = objectIds!;
            record.PreviousHash = previous;
            record.Hash = previous = hash(record);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "AuditRecords" SET "ObjectIds" = {record.ObjectIds}, "PreviousHash" = {record.PreviousHash},
                    "Hash" = {record.Hash}
                WHERE "Id" = {record.Id}
                """);
        }
    });

    /// <summary>The checkpoint line the app keeps in the chain's head row.</summary>
    public static Task<string?> HeadCheckpointOf(GatewayApiFactory factory) => factory.WithDbAsync(db =>
        db.Database.SqlQuery<string?>($"SELECT \"Checkpoint\" AS \"Value\" FROM \"AuditChainHeads\"").SingleAsync());

    /// <summary>Overwrites the checkpoint in the chain's head row; null clears it.</summary>
    public static Task SetHeadCheckpointAsync(GatewayApiFactory factory, string? line) => factory.WithDbAsync(db =>
        db.Database.ExecuteSqlAsync($"UPDATE \"AuditChainHeads\" SET \"Checkpoint\" = {line}"));
}

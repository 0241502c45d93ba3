using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Api.Audit;

/// <summary>
/// The secret the chain and its checkpoints are computed with, kept outside the database: whoever owns the database
/// can read the record format, but without this key cannot recompute a hash or sign a checkpoint that verifies.
/// </summary>
public sealed class AuditChainKey
{
    private readonly byte[] chainKey;
    private readonly byte[] checkpointKey;

    public AuditChainKey(byte[] key)
    {
        chainKey = key;
        // Derived keys keep record hashes, checkpoint signatures and the key's public id apart.
        checkpointKey = HMACSHA256.HashData(key, "gateway audit checkpoint"u8);
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(key, "gateway audit key id"u8).AsSpan(0, 4));
    }

    /// <summary>Names the key in checkpoints without revealing it, so another key can be told from a forgery.</summary>
    public string Id { get; }

    /// <summary>HMAC-SHA256 over the previous hash and every field, in a fixed order and format.</summary>
    public string HashOf(AuditRecord record)
    {
        var canonical = string.Join('\u001f',
            record.PreviousHash, record.OccurredAt.ToString("O"), record.Actor, record.ClientId ?? "",
            record.TenantUnitId?.ToString() ?? "", record.TenantPath, record.Operation, record.ObjectIds,
            record.Outcome.ToString(), record.SourceAddress ?? "",
            record.Occurrences.ToString(CultureInfo.InvariantCulture));
        return Mac(chainKey, canonical);
    }

    public string Sign(string text) => Mac(checkpointKey, text);

    public bool HasSigned(string text, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(text)),
            Encoding.ASCII.GetBytes(signature));

    private static string Mac(byte[] key, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
}

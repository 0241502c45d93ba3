using System.Security.Cryptography;
using System.Text;

namespace Gateway.Api.Security.Protection;

/// <summary>
/// A keyed hash (HMAC-SHA256) of an encrypted column's value, stored beside it: equal values give equal index values,
/// so a lookup or a duplicate check matches the column without decrypting it, while the key, kept outside the
/// database, stops anyone holding only the database from testing guesses against the index.
/// </summary>
public sealed class BlindIndex
{
    private readonly byte[] key;

    public BlindIndex(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException(
            "The blind index key must be 32 bytes (base64 of 256 bits).", nameof(key));
        this.key = key;
    }

    /// <summary>The index value of <paramref name="value"/>, as 64 lower-case hex characters.</summary>
    public string Of(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Normalised(value))));

    /// <summary>Values that mean the same index the same: trimmed and upper-cased (an ID number's check character X
    /// is written either way).</summary>
    public static string Normalised(string value) => value.Trim().ToUpperInvariant();
}

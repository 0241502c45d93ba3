using System.Security.Cryptography;
using System.Text;

namespace Gateway.Api.Security.Protection;

/// <summary>
/// AES-256-GCM for sensitive columns: a random nonce per value, so equal values do not look equal in the database.
/// Stored as base64 of nonce ‖ tag ‖ ciphertext.
/// </summary>
public sealed class ColumnProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The length of the shortest stored value, that of empty text (base64 of the nonce and the tag): a
    /// shorter one was never encrypted.</summary>
    public const int ShortestProtectedLength = (NonceSize + TagSize + 2) / 3 * 4;
    private readonly byte[] key;

    public ColumnProtector(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException(
            "The column encryption key must be 32 bytes (base64 of 256 bits).", nameof(key));
        this.key = key;
    }

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    public string Unprotect(string stored)
    {
        var input = Convert.FromBase64String(stored);
        if (input.Length < NonceSize + TagSize)
            throw new CryptographicException("A protected column value is truncated.");
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize),
            plain);
        return Encoding.UTF8.GetString(plain);
    }
}

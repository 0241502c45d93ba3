using System.Security.Cryptography;
using System.Text;

namespace Gateway.Api.Security.ApiKeys;

/// <summary>
/// What an API key looks like, <c>gwk_&lt;key id&gt;_&lt;secret&gt;</c>: a prefix that secret scanners and people
/// recognise, the public key id, and a secret of 256 random bits in base64url.
/// </summary>
public static class ApiKeyFormat
{
    public const string Prefix = "gwk_";
    public const int KeyIdLength = 10;
    /// <summary>32 random bytes in base64url, unpadded.</summary>
    public const int SecretLength = 43;

    private const string KeyIdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string NewKeyId() => RandomNumberGenerator.GetString(KeyIdAlphabet, KeyIdLength);

    public static string NewSecret() =>
        System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Compose(string keyId, string secret) => $"{Prefix}{keyId}_{secret}";

    /// <summary>The key id of text shaped like a key, whatever its secret; null for anything else.</summary>
    public static string? KeyIdOf(string text) =>
        text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length + KeyIdLength
        && text[Prefix.Length + KeyIdLength] == '_' && IsKeyId(text.AsSpan(Prefix.Length, KeyIdLength))
            ? text.Substring(Prefix.Length, KeyIdLength)
            : null;

    /// <summary>Splits a key into its id and secret; false when it is not shaped like one.</summary>
    public static bool TryParse(string text, out string keyId, out string secret)
    {
        (keyId, secret) = ("", "");
        if (KeyIdOf(text) is not { } id) return false;
        var rest = text[(Prefix.Length + KeyIdLength + 1)..];
        if (rest.Length != SecretLength || !rest.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            return false;
        (keyId, secret) = (id, rest);
        return true;
    }

    /// <summary>
    /// SHA-256 of the secret. A fast, unsalted hash is right here, unlike for passwords: the secret is 256 random bits,
    /// so there is nothing to guess from the hash, and every request pays for the hash, so a slow one would only slow
    /// the service.
    /// </summary>
    public static byte[] HashOf(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(secret));

    /// <summary>Compares in constant time, so the answer's timing tells nothing about how much of a guess was
    /// right.</summary>
    public static bool Matches(string secret, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(HashOf(secret), storedHash);

    private static bool IsKeyId(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!KeyIdAlphabet.Contains(c)) return false;
        return true;
    }
}

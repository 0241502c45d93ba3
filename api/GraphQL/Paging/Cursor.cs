using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Gateway.Api.GraphQL.Paging;

/// <summary>Opaque keyset cursor: the sort-key values of a row, ending with its id, in the connection's
/// order.</summary>
public static class Cursor
{
    private const string Prefix = "k:";

    public static string Encode(IEnumerable<object?> keyValues) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + JsonSerializer.Serialize(keyValues)));

    public static bool TryDecode(string value, out JsonElement[] keyValues)
    {
        keyValues = [];
        if (value.Length > 2000 || !Base64Url.IsValid(value)) return false;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        if (!text.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        try
        {
            using var document = JsonDocument.Parse(text.AsMemory(Prefix.Length));
            if (document.RootElement.ValueKind != JsonValueKind.Array) return false;
            keyValues = [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
            return keyValues.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

using System.Buffers.Text;
using System.Text;

namespace Gateway.Api.GraphQL.Relay;

/// <summary>Opaque keyset cursor: the position of a row in a connection's order.</summary>
public static class Cursor
{
    private const string Prefix = "after:";

    public static string Encode(long id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + id));

    public static bool TryDecode(string value, out long id)
    {
        id = 0;
        if (value.Length > 100 || !Base64Url.IsValid(value)) return false;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, null, out id);
    }
}

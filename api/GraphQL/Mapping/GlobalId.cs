using System.Buffers.Text;
using System.Text;

namespace Gateway.Api.GraphQL.Mapping;

/// <summary>Opaque Relay ids: base64url of "TypeName:rowId", so one id names one row of one type.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    public static bool TryDecode(string? value, out string typeName, out long id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(value) || value.Length > 200 || !Base64Url.IsValid(value)) return false;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        var colon = text.IndexOf(':');
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, null, out id))
            return false;
        typeName = text[..colon];
        return true;
    }
}

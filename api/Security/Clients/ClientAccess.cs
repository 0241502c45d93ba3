using System.Net;

namespace Gateway.Api.Security.Clients;

/// <summary>
/// Where a machine client may call from: its address ranges (none: anywhere) and the browser origins allowed to call
/// as it (none: no browser page). Parsed once from <see cref="ApiClient.AllowedAddresses"/> and
/// <see cref="ApiClient.AllowedOrigins"/>, which hold only values these parsers accepted.
/// </summary>
public sealed class ClientAccess(IReadOnlyList<IPNetwork> ranges, IReadOnlySet<string> origins)
{
    public static readonly ClientAccess Unrestricted = new([], new HashSet<string>());

    public IReadOnlySet<string> Origins => origins;

    public static ClientAccess Of(IEnumerable<string> addresses, IEnumerable<string> origins) => new(
        [.. addresses.Select(a => TryParseRange(a, out var range) ? range : throw new FormatException(
            $"Stored address range '{a}' is not valid."))],
        origins.ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a request from <paramref name="address"/> may act as the client. An unknown address (no
    /// socket, as in some hosts) is inside no range.</summary>
    public bool Allows(IPAddress? address)
    {
        if (ranges.Count == 0) return true;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return ranges.Any(r => r.Contains(address));
    }

    public bool AllowsOrigin(string origin) => origins.Contains(origin);

    /// <summary>A CIDR range such as <c>10.20.0.0/16</c> or <c>2001:db8::/32</c>, with no host bits set; a bare address
    /// is the range of that address alone.</summary>
    public static bool TryParseRange(string text, out IPNetwork range)
    {
        range = default;
        var parts = text.Trim().Split('/');
        if (parts.Length > 2 || !IPAddress.TryParse(parts[0], out var address)) return false;
        var bits = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
        if (parts.Length == 2 && (!int.TryParse(parts[1], System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out bits) || parts[1].Length > 3)) return false;
        // A range written with host bits ("10.0.0.1/8") is most likely a mistake for one address or another range.
        return IPNetwork.TryParse($"{address}/{bits}", out range) && range.BaseAddress.Equals(address);
    }

    /// <summary>
    /// The origin as browsers send it, <c>scheme://host[:port]</c> in lower case without a path or a default port, or
    /// null for anything else (a path, credentials, a wildcard, a scheme other than http or https).
    /// </summary>
    public static string? NormalizedOrigin(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0 || uri.PathAndQuery != "/" || uri.Fragment.Length > 0 || text.Contains('*'))
            return null;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.IdnHost}" : $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
    }
}

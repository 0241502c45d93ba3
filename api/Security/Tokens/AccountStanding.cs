using System.Security.Cryptography;
using System.Text;

namespace Gateway.Api.Security.Tokens;

/// <summary>
/// An account as stored, as far as its live tokens care: the stamp they must carry and until when it is locked. A
/// user's stamp is Identity's security stamp (renewed when roles change or an admin locks the account); a machine
/// client's is a digest of its unit, the unit's place in the tree, its roles and its own security stamp (renewed with
/// a new secret), so changing any retires its tokens.
/// </summary>
public sealed record AccountStanding(string Stamp, DateTimeOffset? LockedUntil)
{
    public static string ClientStamp(long unitId, string unitPath, IEnumerable<string> roles, string securityStamp)
    {
        var text = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + unitPath + "|"
            + string.Join(',', roles.Order(StringComparer.Ordinal)) + "|" + securityStamp;
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;
}

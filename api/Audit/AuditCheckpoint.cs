using System.Globalization;
using System.Text.RegularExpressions;

namespace Gateway.Api.Audit;

/// <summary>
/// A signed statement that the chain held <see cref="Count"/> records up to record <see cref="HeadId"/>, whose hash was
/// <see cref="HeadHash"/>, at <see cref="At"/>. The newest is kept in the chain's head row and shows the newest records
/// were cut; one filed outside the database also shows the chain was rewound with its head row or rewritten. As one
/// line of text, an operator can file it anywhere and pass it back to <c>verify-audit</c>.
/// </summary>
public sealed partial record AuditCheckpoint(
    long HeadId, long Count, string HeadHash, DateTime At, string KeyId, string Mac)
{
    public const string Prefix = "audit-checkpoint";

    public static AuditCheckpoint Sign(long headId, long count, string headHash, DateTime at, AuditChainKey key)
    {
        var unsigned = new AuditCheckpoint(headId, count, headHash, at, key.Id, "");
        return unsigned with { Mac = key.Sign(unsigned.SignedText) };
    }

    /// <summary>The line as written, read back; null when it is not one.</summary>
    public static AuditCheckpoint? Parse(string line)
    {
        var match = Line().Match(line.Trim());
        if (!match.Success || !DateTime.TryParseExact(match.Groups["at"].Value, "O", CultureInfo.InvariantCulture,
                DateTimeStyles.RoundtripKind, out var at))
            return null;
        return new AuditCheckpoint(long.Parse(match.Groups["head"].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture), match.Groups["hash"].Value, at,
            match.Groups["key"].Value, match.Groups["mac"].Value);
    }

    public string ToLine() => $"{SignedText} mac={Mac}";

    /// <summary>Whether <paramref name="key"/> signed exactly this: any field changed after signing fails.</summary>
    public bool IsSignedBy(AuditChainKey key) => KeyId == key.Id && key.HasSigned(SignedText, Mac);

    private string SignedText => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix} head={HeadId} count={Count} hash={HeadHash} at={At:O} key={KeyId}");

    [GeneratedRegex(@"^audit-checkpoint head=(?<head>\d{1,18}) count=(?<count>\d{1,18}) hash=(?<hash>[0-9a-f]{64})"
        + @" at=(?<at>\S+) key=(?<key>[0-9a-f]+) mac=(?<mac>[0-9a-f]+)$")]
    private static partial Regex Line();
}

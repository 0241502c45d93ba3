namespace Gateway.Api.Security.Protection;

/// <summary>
/// How citizens' ID numbers, phones and names read to callers without <see cref="Permissions.PiiRead"/>: enough to tell
/// records apart and to check a number someone gives, not enough to identify or call anyone.
/// </summary>
public static class Mask
{
    public const char Hidden = '*';

    /// <summary>Keeps the first 4 characters (province and city) and the last 4: <c>5115**********1234</c>.</summary>
    public static string IdNumber(string value) => Keep(value, head: 4, tail: 4);

    /// <summary>Keeps the first 3 characters (the carrier's prefix) and the last 4: <c>138****5678</c>.</summary>
    public static string Phone(string value) => Keep(value, head: 3, tail: 4);

    /// <summary>Keeps the family name and hides the given name: <c>张*</c>, <c>欧阳**</c>; a name of one or two
    /// characters keeps its first.</summary>
    public static string Name(string value)
    {
        var familyName = value.Length > 2 && CompoundFamilyNames.Contains(value[..2]) ? 2 : 1;
        return Keep(value, head: Math.Min(familyName, value.Length), tail: 0);
    }

    private static readonly HashSet<string> CompoundFamilyNames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
        "轩辕", "端木", "独孤", "南宫", "西门", "百里",
    ];

    /// <summary>A value too short to hide anything between what is kept is hidden whole.</summary>
    private static string Keep(string value, int head, int tail) =>
        value.Length <= head + tail
            ? new string(Hidden, value.Length)
            : string.Concat(value.AsSpan(0, head), new string(Hidden, value.Length - head - tail),
                value.AsSpan(value.Length - tail));
}

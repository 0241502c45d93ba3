using System.Globalization;

namespace Gateway.Api.Personnel;

/// <summary>
/// The 18-character resident ID number (居民身份证号码) of GB 11643-1999: a six-digit division code, the birth date as
/// yyyyMMdd, a three-digit sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>The check character of the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++) sum += (body[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>Why <paramref name="value"/> is no resident ID number of someone born by <paramref name="today"/>, in
    /// Chinese and English; null when it is one.</summary>
    public static (string Chinese, string English)? Fault(string value, DateOnly today)
    {
        if (value.Length != Length || value.AsSpan(0, Length - 1).ContainsAnyExceptInRange('0', '9')
            || !(char.IsAsciiDigit(value[^1]) || value[^1] == 'X'))
            return ("须为 18 位:17 位数字加一位数字或大写 X", "must be 17 digits followed by a digit or a capital X");
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var born) || born < EarliestBirthDate || born > today)
            return ("第 7 至 14 位须为有效的出生日期", "must carry a valid birth date in characters 7 to 14");
        if (CheckCharacter(value) != value[^1])
            return ("校验码不符", "has a check character that does not match (GB 11643)");
        return null;
    }
}

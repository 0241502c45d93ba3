using System.Globalization;
using System.Numerics;
using Gateway.Api.Data;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Api.Statistics;

/// <summary>
/// A moment as dashboard tools send one: ISO 8601 text (with an offset or Z; a bare date or a time without an offset
/// is read in Asia/Shanghai) or milliseconds since the Unix epoch, the form Grafana's <c>${__from}</c> takes, as a
/// number or as digits in a string. Answered with an explicit +08:00.
/// </summary>
public sealed class InstantGraphType : ScalarGraphType
{
    public InstantGraphType()
    {
        Name = "Instant";
        Description = "A moment: ISO 8601 text such as \"2026-10-01T00:00:00+08:00\" (a bare date or a time without an "
            + "offset is read in Asia/Shanghai), or milliseconds since the Unix epoch as a number or a string of "
            + "digits (Grafana's ${__from}).";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse(text.Value.ToString()),
        GraphQLIntValue number => FromEpochMilliseconds(long.Parse(number.Value, CultureInfo.InvariantCulture)),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        int number => FromEpochMilliseconds(number),
        long number => FromEpochMilliseconds(number),
        BigInteger number when number >= long.MinValue && number <= long.MaxValue =>
            FromEpochMilliseconds((long)number),
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 =>
            FromEpochMilliseconds((long)number),
        decimal number when number == decimal.Floor(number) && Math.Abs(number) < 1e15m =>
            FromEpochMilliseconds((long)number),
        DateTimeOffset instant => instant,
        DateTime instant => InCounty(instant),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToOffset(CountyCalendar.Offset).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFzzz",
            CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    private static DateTimeOffset Parse(string text)
    {
        text = text.Trim();
        if (text.Length > 0 && text.All(char.IsAsciiDigit) && long.TryParse(text, out var milliseconds))
            return FromEpochMilliseconds(milliseconds);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), CountyCalendar.Offset);
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z')
            || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var instant))
            return instant;
        if (!hasOffset && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return InCounty(local);
        throw new FormatException(
            $"\"{Truncate(text)}\" is not a moment: send ISO 8601 text or milliseconds since the Unix epoch.");
    }

    private static DateTimeOffset FromEpochMilliseconds(long milliseconds) =>
        milliseconds is < -62135596800000 or > 253402300799999
            ? throw new FormatException($"{milliseconds} milliseconds since the epoch is out of range.")
            : DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private static DateTimeOffset InCounty(DateTime instant) => instant.Kind == DateTimeKind.Utc
        ? new DateTimeOffset(instant)
        : new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Unspecified), CountyCalendar.Offset);

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gateway.Api.Data;

/// <summary>Stores a decimal with two places as an integer count of hundredths (fen for yuan amounts).</summary>
public sealed class MoneyAsFenConverter() : ValueConverter<decimal, long>(v => ToFen(v), v => FromFen(v))
{
    /// <summary>An amount in whole hundredths, rounded half away from zero.</summary>
    public static long ToFen(decimal amount) => (long)decimal.Round(amount * 100m, MidpointRounding.AwayFromZero);

    public static decimal FromFen(long fen) => fen / 100m;
}

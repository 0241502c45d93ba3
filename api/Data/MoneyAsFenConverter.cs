using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gateway.Api.Data;

/// <summary>Stores a decimal with two places as an integer count of hundredths (fen for yuan amounts).</summary>
public sealed class MoneyAsFenConverter() : ValueConverter<decimal, long>(
    v => (long)decimal.Round(v * 100m, MidpointRounding.AwayFromZero),
    v => v / 100m);

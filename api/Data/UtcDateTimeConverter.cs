using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gateway.Api.Data;

/// <summary>Stores instants as UTC and reads them back marked UTC, so no local time leaks in.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Requests;

/// <summary>Applies mutation inputs to request rows; global ids are resolved to rows by the commands.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class RequestMapper
{
    [MapperIgnoreSource(nameof(ReceiveServiceRequestInput.UnitId))]
    [MapperIgnoreSource(nameof(ReceiveServiceRequestInput.GridId))]
    [MapperIgnoreSource(nameof(ReceiveServiceRequestInput.ReceivedAt))]
    [MapperIgnoreSource(nameof(ReceiveServiceRequestInput.IdempotencyKey))]
    public static partial ServiceRequest ToServiceRequest(ReceiveServiceRequestInput input);

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();

    /// <summary>Optional text left blank is stored as none.</summary>
    private static string? TrimmedOrNone(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

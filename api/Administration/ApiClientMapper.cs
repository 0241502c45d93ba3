using Gateway.Api.Security.ApiKeys;
using Gateway.Api.Security.Clients;
using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Administration;

/// <summary>Builds machine clients from mutation inputs. Every input field must land somewhere, or the build
/// fails.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class ApiClientMapper
{
    [MapperIgnoreSource(nameof(RegisterApiClientInput.UnitId))]
    [MapperIgnoreSource(nameof(RegisterApiClientInput.IdempotencyKey))]
    public static partial ApiClient ToClient(RegisterApiClientInput input);

    [MapperIgnoreSource(nameof(CreateApiKeyInput.ClientId))]
    [MapperIgnoreSource(nameof(CreateApiKeyInput.IdempotencyKey))]
    public static partial ApiKey ToApiKey(CreateApiKeyInput input);

    /// <summary>Instants are stored in UTC.</summary>
    private static DateTime InUtc(DateTime value) => value.ToUniversalTime();

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();
}

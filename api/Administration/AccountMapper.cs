using Gateway.Api.Security.Accounts;
using Riok.Mapperly.Abstractions;

namespace Gateway.Api.Administration;

/// <summary>Builds accounts from mutation inputs. Every input field must land somewhere, or the build fails.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Source)]
public static partial class AccountMapper
{
    [MapperIgnoreSource(nameof(CreateAccountInput.UnitId))]
    [MapperIgnoreSource(nameof(CreateAccountInput.PersonId))]
    [MapperIgnoreSource(nameof(CreateAccountInput.InitialPassword))]
    [MapperIgnoreSource(nameof(CreateAccountInput.Roles))]
    [MapperIgnoreSource(nameof(CreateAccountInput.IdempotencyKey))]
    public static partial GatewayUser ToUser(CreateAccountInput input);

    /// <summary>Text is stored trimmed, as it was validated.</summary>
    private static string Trimmed(string value) => value.Trim();
}

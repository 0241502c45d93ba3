using Gateway.Api.Data;

namespace Gateway.Api.Security.Clients;

/// <summary>
/// A machine client's standing in Gateway: the unit it acts for and the roles it holds. Its secret and grant
/// permissions live in the OpenIddict application of the same client id.
/// </summary>
public sealed class ApiClient : TenantOwnedEntity
{
    public string ClientId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}

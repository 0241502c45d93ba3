using Microsoft.AspNetCore.Identity;

namespace Gateway.Api.Security.Accounts;

/// <summary>A role of the catalogue in <see cref="Roles"/>, stored so accounts can be given it.</summary>
public sealed class GatewayRole : IdentityRole<long>;

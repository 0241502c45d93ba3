using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Microsoft.AspNetCore.Identity;

namespace Gateway.Api.Security.Accounts;

/// <summary>A person's account: the unit whose rows they may see and, for officers, who they are in personnel.</summary>
public sealed class GatewayUser : IdentityUser<long>
{
    public string DisplayName { get; set; } = "";
    public long UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public long? PersonId { get; set; }
    public Person? Person { get; set; }
}

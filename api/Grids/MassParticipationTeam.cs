using Gateway.Api.Data;

namespace Gateway.Api.Grids;

public enum MassTeamKind { BuildingGuard, ResidentsJointDefence, Volunteer }

/// <summary>群防群治 team: building guards, residents' joint defence, volunteers.</summary>
public sealed class MassParticipationTeam : TenantOwnedEntity
{
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    public MassTeamKind Kind { get; set; }
    public string Name { get; set; } = "";
    public int MemberCount { get; set; }
}

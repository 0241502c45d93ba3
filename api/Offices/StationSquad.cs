using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Offices;

public enum SquadKind { CriminalInvestigation, SpecialPatrol, CommunityPolicing, CommandRoom }

/// <summary>One of the station's "three squads, one room" (三队一室); its offices read it and may point at it.</summary>
[SharedDownwards]
public sealed class StationSquad : TenantOwnedEntity
{
    public SquadKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
}

using Gateway.Api.Data;

namespace Gateway.Api.Offices;

public enum SquadKind { CriminalInvestigation, SpecialPatrol, CommunityPolicing, CommandRoom }

/// <summary>One of the station's "three squads, one room" (三队一室).</summary>
public sealed class StationSquad : TenantOwnedEntity
{
    public SquadKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
}

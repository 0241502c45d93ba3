using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Offices;

public enum ExternalOrganisationKind { PoliticalLegalCommittee, DigitalManagementCentre, Department, Community,
    TownGovernment }

/// <summary>Shared reference data: organisations outside the police that the county works with.</summary>
[WrittenBySystem]
public sealed class ExternalOrganisation : Entity
{
    public ExternalOrganisationKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string? Hotline { get; set; }
}

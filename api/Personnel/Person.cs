using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Offices;
using Gateway.Api.Security.Protection;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Personnel;

public enum PersonKind
{
    [ChineseName("民警")] Police,
    [ChineseName("辅警")] AuxiliaryPolice,
    [ChineseName("网格员")] GridWorker,
    [ChineseName("调解员")] MediationMember,
}

/// <summary>A leading post a police officer holds: station director (所长), deputy director (副所长), squad leader
/// (中队长) or head of a community office (警务室负责人).</summary>
public enum PersonPosition { StationDirector, StationDeputyDirector, SquadLeader, OfficeHead }

/// <summary>Someone who works in community policing: police, auxiliary, grid worker or mediator.</summary>
/// <remarks>A transfer moves the person's file to the new unit; every unit they were posted to keeps reading them, so
/// its staffing history still names who served.</remarks>
[AlsoReadThrough(typeof(Assignment), nameof(Assignment.PersonId))]
public sealed class Person : TenantOwnedEntity, IVersioned
{
    public const int NameMaxLength = 50;
    public const int BadgeNumberMaxLength = 20;
    public const int PhoneMaxLength = 20;

    public PersonKind Kind { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Police only.</summary>
    public string? BadgeNumber { get; set; }
    /// <summary>Police only; null for an officer without a leading post.</summary>
    public PersonPosition? Position { get; set; }
    [Sensitive]
    public string? Phone { get; set; }
    [Sensitive]
    public string? IdNumber { get; set; }
    /// <summary>The organisation that supplied the person, e.g. the political-legal committee for grid
    /// workers.</summary>
    public long? SuppliedById { get; set; }
    public ExternalOrganisation? SuppliedBy { get; set; }
    /// <summary>Last working day of a deactivated person; the row stays, and they cannot be posted again.</summary>
    public DateOnly? DeactivatedOn { get; set; }
    public long? DeactivatedById { get; set; }
    public Person? DeactivatedBy { get; set; }
    public int Version { get; set; }
}

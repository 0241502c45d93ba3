using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Mediation;

public enum MediatorKind { PeoplesCongressDeputy, CppccMember, RetiredCadre, LegalAidLawyer, Police, TownStaff,
    CommunityCadre }

/// <summary>A person's dated seat on a mediation committee. Shared downwards with the committee, and whoever reads a
/// seat reads the person holding it (their name; their phone and ID number stay masked outside the station).</summary>
[SharedDownwards]
[LetsReadThrough(typeof(Person), nameof(PersonId))]
public sealed class MediationMember : TenantOwnedEntity, IVersioned
{
    public long CommitteeId { get; set; }
    public MediationCommittee? Committee { get; set; }
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public MediatorKind MemberKind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public int Version { get; set; }

    /// <summary>Whether the seat is held on <paramref name="day"/>, first and last day included.</summary>
    public bool SeatedOn(DateOnly day) => From <= day && (To is null || To >= day);
}

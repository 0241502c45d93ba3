using Gateway.Api.Data;
using Gateway.Api.Personnel;

namespace Gateway.Api.Mediation;

public enum MediatorKind { PeoplesCongressDeputy, CppccMember, RetiredCadre, LegalAidLawyer, Police, TownStaff,
    CommunityCadre }

/// <summary>A person's seat on a mediation committee.</summary>
public sealed class MediationMember : TenantOwnedEntity
{
    public long CommitteeId { get; set; }
    public MediationCommittee? Committee { get; set; }
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public MediatorKind MemberKind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

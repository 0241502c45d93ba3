using Gateway.Api.Data;
using Gateway.Api.Offices;

namespace Gateway.Api.Personnel;

public enum CommunityPostKind { PartyBranchMember, ResidentsCommitteeMember }

/// <summary>A part-time seat a community officer holds in the community (兼职社区支委/居委委员).</summary>
public sealed class CommunityPost : TenantOwnedEntity
{
    public long PersonId { get; set; }
    public Person? Person { get; set; }
    public long CommunityId { get; set; }
    public ExternalOrganisation? Community { get; set; }
    public CommunityPostKind Post { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

using System.ComponentModel;
using Gateway.Api.Data;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Requests;

public enum ReviewDecision
{
    [Description("A police matter (警务类): ends the review and the diversion; the request goes back to the police.")]
    PoliceMatter,
    [Description("Not a police matter: the request goes to the next level; after level 4 it is cleared for "
        + "diversion.")]
    NonPoliceMatter,
    [Description("Beyond this level's authority to decide: the request goes straight to level 4, which decides "
        + "alone. Level 4 cannot escalate.")]
    Escalated,
    [Description("Rejected: not acted on at all (hoax, abusive, duplicate of an open request, no reachable "
        + "content); a reason is required.")]
    Rejected,
}

/// <summary>One level (1–4) of the 110 centre's four-level review of whether a request is a police matter, decided
/// by one account.</summary>
[AppendOnly]
public sealed class RequestReview : TenantOwnedEntity
{
    public long RequestId { get; set; }
    public ServiceRequest? Request { get; set; }
    public int Level { get; set; }
    public ReviewDecision Decision { get; set; }
    /// <summary>The reviewer's account (a user account's id, or a machine client's id).</summary>
    public string Reviewer { get; set; } = "";
    public long? ReviewerPersonId { get; set; }
    public DateTime ReviewedAt { get; set; }
    public string? Note { get; set; }
}

using Gateway.Api.Data;

namespace Gateway.Api.Mediation;

/// <summary>A committee member who mediated at a session, seated on the committee on the session's day.</summary>
public sealed class MediationSessionMediator : TenantOwnedEntity
{
    public long SessionId { get; set; }
    public MediationSession? Session { get; set; }
    public long MemberId { get; set; }
    public MediationMember? Member { get; set; }
}

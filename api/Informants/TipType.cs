using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class TipType : EntityGraphType<Tip>
{
    protected override void Define()
    {
        Name = "Tip";
        Description =
            "A piece of intelligence from an informant, graded for source and information, "
            + "and tracked to where it was disseminated.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(t => t.ReceivedAt).Description("When the tip was received (UTC).");
        Field(t => t.Content).Description("What the informant reported.");
        Field(t => t.SourceReliability).Description("How reliable the source is judged to be.");
        Field(t => t.Assessment).Description("How the informant knows the information.");
        Field(t => t.Useful).Description("The tip proved useful; only useful tips earn a reward.");
        Reference<Person>("markedUsefulBy", t => t.MarkedUsefulById, "Who marked the tip useful.");
        Field(t => t.MarkedUsefulAt, nullable: true).Description("When the tip was marked useful (UTC).");
        Field(t => t.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
        RequiredReference<Informant>("informant", t => t.InformantId, "The informant who gave the tip.");
        RequiredReference<Person>("receivedBy", t => t.ReceivedById, "The officer who received the tip.");
        Children<TipDissemination>("disseminations", d => d.TipId, "Where the tip was passed on to, and when.");
        Children<Reward>("rewards", r => r.TipId, "Rewards offered for the tip.");
        RequiredReference<OrgUnit>("unit", t => t.OwnerUnitId, "The unit that keeps the record.");
    }
}

using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Informants;

public sealed class InformantTrainingType : EntityGraphType<InformantTraining>
{
    protected override void Define()
    {
        Name = "InformantTraining";
        Description = "Training an informant received in confidentiality, evidence gathering or self-protection.";
        this.RequirePermission(Permissions.InformantsRead);
        Field(t => t.Topic).Description("What the training covered.");
        Field(t => t.TrainedOn).Description("Day of the training.");
        Reference<Person>("recordedBy", t => t.RecordedById, "Who recorded the training.");
        Field(t => t.RecordedAt).Description("When the training was recorded (UTC).");
        RequiredReference<Informant>("informant", t => t.InformantId, "The informant trained.");
        RequiredReference<OrgUnit>("unit", t => t.OwnerUnitId, "The unit that keeps the record.");
    }
}

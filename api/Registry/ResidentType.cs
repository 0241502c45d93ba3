using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Protection;

namespace Gateway.Api.Registry;

public sealed class ResidentType : EntityGraphType<Resident>
{
    protected override void Define()
    {
        Name = "Resident";
        Description = "Actual population (实有人口): a person living in the area, registered (户籍) or floating (流动).";
        this.RequirePermission(Permissions.RegistryRead);
        Field(r => r.Name).Description("Full name.");
        SensitiveField(r => r.IdNumber, Mask.IdNumber, "Resident ID number.");
        SensitiveField(r => r.Phone, Mask.Phone, "Phone number.", nullable: true);
        Field(r => r.Registration).Description("Registered household (户籍) or floating resident (流动人口).");
        Field(r => r.SpecialGroup, nullable: true).Description(
            "Special group the resident belongs to, e.g. elderly living alone or left-behind child; null if none.");
        Field(r => r.KeyPersonCategory, nullable: true)
            .Description("Key-person (重点人口) control category; null if not a key person.");
        SensitiveFlag(r => r.MentalHealthRisk, "Mentally ill and at risk of causing incidents (易肇事肇祸精神病人): "
            + "health data, encrypted at rest, never filterable or sortable.");
        Field(r => r.RecordedAt).Description("When the record was first entered (UTC).");
        RegistryRecordFields.AddTo(this);
        RequiredReference<Grid>("grid", r => r.GridId, "The grid the resident lives in.");
        Reference<StandardAddress>("address", r => r.AddressId,
            "The standard address the resident lives at, when known.");
        RequiredReference<OrgUnit>("office", r => r.OwnerUnitId, "The office that keeps the record.");
    }
}

using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Offices;

public sealed class ExternalOrganisationType : EntityGraphType<ExternalOrganisation>
{
    protected override void Define()
    {
        Name = "ExternalOrganisation";
        Description =
            "An organisation outside the police: the political-legal committee, the 4312345 centre, "
            + "a department or a community.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(o => o.Kind).Description("What kind of organisation.");
        Field(o => o.Name).Description("English name.");
        Field(o => o.NameZh).Description("Chinese name.");
        Field(o => o.Hotline, nullable: true).Description("Public hotline, e.g. 4312345.");
    }
}

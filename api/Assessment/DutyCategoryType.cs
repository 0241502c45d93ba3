using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Assessment;

public sealed class DutyCategoryType : EntityGraphType<DutyCategory>
{
    protected override void Define()
    {
        Name = "DutyCategory";
        Description = "One of the five categories of community duties (职责五大类): public-security prevention (治安防范), "
            + "population management (人口管理), information collection (信息采集), dispute resolution (矛盾化解), serving "
            + "the public (服务群众). Shared by every unit.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(c => c.Code).Description("The category, for programs.");
        Field(c => c.Name).Description("English name.");
        Field(c => c.NameZh).Description("Chinese name.");
        Field(c => c.Ordinal).Description("Place in the bureau's list, 1 to 5.");
        Children<DutyItem>("items", i => i.CategoryId,
            "The category's duty sub-items (职责细目), retired ones included (`retiredOn` set).");
    }
}

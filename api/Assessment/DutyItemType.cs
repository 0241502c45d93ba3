using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Assessment;

public sealed class DutyItemType : EntityGraphType<DutyItem>
{
    protected override void Define()
    {
        Name = "DutyItem";
        Description = "A duty sub-item (职责细目) of a category; the bureau's full list has 124. Shared by every unit and "
            + "kept by the county bureau alone; a retired item stays readable.";
        this.RequirePermission(Permissions.OfficesRead);
        Field(i => i.Code).Description("Unique code, e.g. \"ZAFF-01\".");
        Field(i => i.TextZh).Description("The duty as the bureau words it, in Chinese.");
        Field(i => i.Text).Description("The duty in English.");
        Field<bool>("active").Description("Still asked for: not retired.")
            .Resolve(ctx => ctx.Source.RetiredOn is null)
            .FieldType.ReadsColumns(nameof(DutyItem.RetiredOn));
        Field(i => i.RetiredOn, nullable: true).Description("Day the item was retired; null while it is asked for.");
        RequiredReference<DutyCategory>("category", i => i.CategoryId, "The category (职责大类) of the item.");
        Reference<Person>("addedBy", i => i.AddedById,
            "Who added the item; null for the items the catalogue started with, or when a machine client added it.");
        Reference<Person>("retiredBy", i => i.RetiredById, "Who retired the item; null while it is asked for.");
        Field(i => i.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}

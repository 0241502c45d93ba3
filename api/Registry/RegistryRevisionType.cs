using System.Text.Json;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Grids;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.Registry;

public sealed class RegistryRevisionType : EntityGraphType<RegistryRevision>
{
    protected override void Define()
    {
        Name = "RegistryRevision";
        Description = "One write to a registry record (一标三实: standard address, resident, house or unit): who, when, "
            + "why and what changed. Counting them over a period (`totalCount` with `where` on `at` and `reason`) "
            + "gives the records updated.";
        this.RequirePermission(Permissions.RegistryRead);
        Field(r => r.RecordKind).Description("Which kind of record was written.");
        Field(r => r.Number).Description("1 for the creation, then one more per write of the record.");
        Field(r => r.Reason).Description(
            "CREATED, UPDATED, MOVED (to another grid) or VERIFIED (checked, nothing else changed).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistryFieldChangeType>>>>("changes")
            .Description("The fields the write changed; a creation lists the fields it filled.")
            .Resolve(ctx => JsonSerializer.Deserialize<RegistryFieldChange[]>(ctx.Source.ChangesJson))
            .FieldType.ReadsColumns(nameof(RegistryRevision.ChangesJson));
        Field(r => r.RecordedBy).Description("Who wrote it: the token's subject (a user id or a machine client's id).");
        Field(r => r.At).Description("When it was written (UTC).");
        Reference<StandardAddress>("standardAddress", r => r.StandardAddressId,
            "The standard address written, for an address's revision.");
        Reference<Resident>("resident", r => r.ResidentId, "The resident written, for a resident's revision.");
        Reference<House>("house", r => r.HouseId, "The house written, for a house's revision.");
        Reference<RegisteredUnit>("unit", r => r.RegisteredUnitId, "The unit written, for a unit's revision.");
        RequiredReference<OrgUnit>("office", r => r.OwnerUnitId, "The office that kept the record when written.");
    }
}

public sealed class RegistryFieldChangeType : ObjectGraphType<RegistryFieldChange>
{
    public RegistryFieldChangeType()
    {
        Name = "RegistryFieldChange";
        Description = "One field a registry write changed.";
        this.RequirePermission(Permissions.RegistryRead);
        Field(c => c.Field).Description("The field's name in the schema, e.g. `name` or `gridId`.");
        Field(c => c.OldValue, nullable: true).Description(
            "The value before, as text (ids as global ids); null when the field was empty or is sensitive.");
        Field(c => c.NewValue, nullable: true).Description(
            "The value after, as text (ids as global ids); null when the field is empty or sensitive.");
        Field(c => c.Sensitive).Description(
            "Whether the field holds personal data (ID number, phone, health): its values are never kept in the "
            + "history, only the fact that it changed.");
    }
}

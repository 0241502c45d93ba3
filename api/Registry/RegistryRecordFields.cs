using Gateway.Api.Data;
using Gateway.Api.GraphQL.Schema;

namespace Gateway.Api.Registry;

/// <summary>The fields every resident, house and unit shows about its freshness and version.</summary>
internal static class RegistryRecordFields
{
    public static void AddTo<T>(EntityGraphType<T> type) where T : Entity, IRegistryRecord, new()
    {
        type.Field(r => r.UpdatedAt).Description("When the record's content last changed: created, updated or moved "
            + "(UTC).");
        type.Field(r => r.LastVerifiedAt).Description(
            "When the record was last checked against reality (UTC): every write, or a verification alone. Filter on "
            + "it to list stale records.");
        type.Field(r => r.Version).Description(
            "Raised by every change; a change names the version it read, and a stale one is refused with CONFLICT.");
    }
}

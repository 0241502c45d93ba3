using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Api.Registry;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Registry;

/// <summary>Sends the registry mutations the way a client does, and reads records and revisions back as the system
/// sees them.</summary>
internal static class RegistryWrites
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";
    private const string ResidentErrors =
        "errors { __typename ... on Error { message code path } ... on DuplicateIdNumberError { residentId } }";
    private const string Record = "id version updatedAt lastVerifiedAt grid { id } address { id } office { code }";
    private const string Revisions = "revisions(order: [{ number: ASC }]) { nodes { number reason recordedBy "
        + "changes { field oldValue newValue sensitive } } }";
    private const string ResidentFields = $"{Record} name idNumber phone registration keyPersonCategory "
        + $"mentalHealthRisk {Revisions}";
    private const string HouseFields = $"{Record} use holderName landlordName landlordPhone rooms {Revisions}";
    private const string UnitFields = $"{Record} category name contactName contactPhone {Revisions}";
    private const string AddressFields = "id version divisionCode street doorNumber building buildingUnit floor room "
        + $"text grid {{ id }} {Revisions}";

    private static readonly IReadOnlyDictionary<string, (string Result, string Fields)> Results =
        new Dictionary<string, (string, string)>
    {
        ["createStandardAddress"] = ("standardAddress", AddressFields),
        ["updateStandardAddress"] = ("standardAddress", AddressFields),
        ["createResident"] = ("resident", ResidentFields),
        ["updateResident"] = ("resident", ResidentFields),
        ["moveResident"] = ("resident", ResidentFields),
        ["verifyResident"] = ("resident", ResidentFields),
        ["createHouse"] = ("house", HouseFields),
        ["updateHouse"] = ("house", HouseFields),
        ["moveHouse"] = ("house", HouseFields),
        ["verifyHouse"] = ("house", HouseFields),
        ["createRegisteredUnit"] = ("unit", UnitFields),
        ["updateRegisteredUnit"] = ("unit", UnitFields),
        ["moveRegisteredUnit"] = ("unit", UnitFields),
        ["verifyRegisteredUnit"] = ("unit", UnitFields),
        ["recordKeyPersonControl"] = ("keyPersonControl", "id kind occurredAt note resident { id } person { id }"),
    };

    /// <summary>Every registry mutation, by name.</summary>
    public static IEnumerable<string> Mutations => Results.Keys;

    public static string ResultOf(string mutation) => Results[mutation].Result;

    /// <summary>Sends <paramref name="mutation"/> with <paramref name="input"/>; the payload.</summary>
    public static async Task<JsonNode> WriteAsync(this GraphQLClient client, string mutation, object input)
    {
        var (result, fields) = Results[mutation];
        var response = await client.PostAsync(
            $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) "
            + $"{{ {mutation}(input: $input) {{ {result} {{ {fields} }} "
            + $"{(mutation is "createResident" or "updateResident" ? ResidentErrors : Errors)} }} }}", new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    /// <summary>The grid of <paramref name="unitCode"/> and one of its addresses, lowest ids first.</summary>
    public static Task<(long Grid, long Address)> PlaceAsync(this GatewayApiFactory factory, string unitCode,
        int index = 0) => factory.WithDbAsync(async db =>
    {
        var grid = await db.Grids.Where(g => g.OwnerUnit!.Code == unitCode).OrderBy(g => g.Id).Skip(index)
            .Select(g => g.Id).FirstAsync();
        return (grid, await db.StandardAddresses.Where(a => a.GridId == grid).OrderBy(a => a.Id).Select(a => a.Id)
            .FirstAsync());
    });

    /// <summary>A resident of <paramref name="unitCode"/> as stored, lowest id first among those matching.</summary>
    public static Task<Resident> ResidentOfAsync(this GatewayApiFactory factory, string unitCode,
        Func<IQueryable<Resident>, IQueryable<Resident>>? where = null) => factory.WithDbAsync(db =>
        (where ?? (q => q))(db.Residents.AsNoTracking().Where(r => r.OwnerUnit!.Code == unitCode))
            .OrderBy(r => r.Id).FirstAsync());

    public static Task<List<RegistryRevision>> RevisionsOfResidentAsync(this GatewayApiFactory factory, long id) =>
        factory.WithDbAsync(db => db.RegistryRevisions.AsNoTracking().Where(r => r.ResidentId == id)
            .OrderBy(r => r.Number).ToListAsync());

    public static RegistryFieldChange[] Changes(this RegistryRevision revision) =>
        JsonSerializer.Deserialize<RegistryFieldChange[]>(revision.ChangesJson)!;

    /// <summary>Counts of every registry table and the versions of its records, to show a refusal wrote
    /// nothing.</summary>
    public static Task<string> RegistryStateAsync(this GatewayApiFactory factory) => factory.WithDbAsync(async db =>
        string.Join(' ',
            await db.StandardAddresses.CountAsync(), await db.StandardAddresses.SumAsync(a => a.Version),
            await db.Residents.CountAsync(), await db.Residents.SumAsync(r => r.Version),
            await db.Houses.CountAsync(), await db.Houses.SumAsync(h => h.Version),
            await db.RegisteredUnits.CountAsync(), await db.RegisteredUnits.SumAsync(u => u.Version),
            await db.RegistryRevisions.CountAsync(), await db.KeyPersonControls.CountAsync(),
            await db.FieldWorkEvents.CountAsync()));
}

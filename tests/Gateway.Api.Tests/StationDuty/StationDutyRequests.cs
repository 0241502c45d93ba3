using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Personnel;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.StationDuty;

/// <summary>
/// The people and places of the seeded county the station-duty tests work with, by global id. Xinqiao's first
/// community officer left the office for the station on 1 January 2024, and a station officer took the office over
/// that day: between them, every boundary of an office posting.
/// </summary>
public sealed record StationDutyCast(
    string Station,
    string Nanjing,
    string Longxiang,
    string StationOfficer,
    string NanjingPolice,
    string NanjingAuxiliary,
    string GridWorker,
    string NanjingGrid,
    string LongxiangGrid,
    string XinqiaoIncoming,
    string XinqiaoOutgoing)
{
    /// <summary>The day Xinqiao's office posting changed hands.</summary>
    public static readonly DateOnly HandOver = new(2024, 1, 1);

    public static Task<StationDutyCast> ReadAsync(GatewayApiFactory factory) => factory.WithDbAsync(async db =>
    {
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id);
        var postings = await db.Assignments.AsNoTracking().ToListAsync();
        long Holder(string office, AssignmentRole role) => postings.First(a => a.UnitId == units[office]
            && a.Role == role && a.To == null).PersonId;
        var outgoing = postings.Single(a => a.UnitId == units["xinqiao"] && a.Role == AssignmentRole.OfficePolice
            && a.To == HandOver.AddDays(-1)).PersonId;
        var stationOfficer = postings.First(a => a.Role == AssignmentRole.StationOfficer && a.To == null
            && a.PersonId != outgoing).PersonId;
        var gridWorker = await db.People.Where(p => p.Kind == PersonKind.GridWorker).OrderBy(p => p.Id)
            .Select(p => p.Id).FirstAsync();
        var grids = await db.Grids.OrderBy(g => g.Id).ToListAsync();
        return new StationDutyCast(
            Unit(units["xunchang"]), Unit(units["nanjing"]), Unit(units["longxiang"]),
            Person(stationOfficer), Person(Holder("nanjing", AssignmentRole.OfficePolice)),
            Person(Holder("nanjing", AssignmentRole.OfficeAuxiliary)), Person(gridWorker),
            Grid(grids.First(g => g.OwnerUnitId == units["nanjing"]).Id),
            Grid(grids.First(g => g.OwnerUnitId == units["longxiang"]).Id),
            Person(Holder("xinqiao", AssignmentRole.OfficePolice)), Person(outgoing));
    });

    public static string Unit(long id) => GlobalId.Encode("OrgUnit", id);

    public static string Person(long id) => GlobalId.Encode("Person", id);

    public static string Grid(long id) => GlobalId.Encode("Grid", id);
}

/// <summary>Sends the example documents of <c>schema/operations</c> as a client does, and reads what they
/// left.</summary>
public static class StationDutyRequests
{
    public static string Document(string name) => File.ReadAllText(RepositoryFiles.PathOf("schema", "operations",
        name + ".graphql"));

    /// <summary>Sends the document <paramref name="operation"/> with <paramref name="input"/>, in English when asked.
    /// </summary>
    public static Task<GraphQLResponse> SendAsync(this GraphQLClient client, string operation, object input,
        string? acceptLanguage = null)
    {
        var body = JsonSerializer.Serialize(new { query = Document(operation), variables = new { input } });
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Path)
        {
            Content = new StringContent(body, MediaTypeHeaderValue.Parse(GraphQLClient.ApplicationJson)),
        };
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return client.SendAsync(request);
    }

    /// <summary>The payload of the one mutation a response answers.</summary>
    public static JsonNode Payload(this GraphQLResponse response)
    {
        response.AssertSuccess();
        return Assert.Single(response.Data!.AsObject()).Value!;
    }

    /// <summary>The one error of a refused payload, with the result null.</summary>
    public static JsonNode SingleError(this GraphQLResponse response, string resultField)
    {
        var payload = response.Payload();
        Assert.Null(payload[resultField]);
        return Assert.Single(payload.Items("errors"));
    }

    /// <summary>The result of a payload that was not refused.</summary>
    public static JsonNode Result(this GraphQLResponse response, string resultField)
    {
        var payload = response.Payload();
        Assert.True(payload["errors"] is null, $"Refused: {payload.ToJsonString()}");
        return payload[resultField]!;
    }

    public static string PathOf(this JsonNode error) =>
        string.Join('.', error["path"]!.AsArray().Select(p => p!.GetValue<string>()));

    /// <summary>How many rows of the three station-duty tables there are.</summary>
    public static Task<(int Shifts, int Cases, int Dispatches)> CountAsync(this GatewayApiFactory factory) =>
        factory.WithDbAsync(async db => (await db.DutyShifts.CountAsync(), await db.StationCaseAssignments.CountAsync(),
            await db.Dispatches.CountAsync()));

    /// <summary>The audit records written after <paramref name="afterId"/>.</summary>
    public static Task<List<AuditRecord>> AuditAfterAsync(this GatewayApiFactory factory, long afterId) =>
        factory.WithDbAsync(db => db.AuditRecords.AsNoTracking().Where(r => r.Id > afterId).OrderBy(r => r.Id)
            .ToListAsync());

    public static string OperationOf(string mutation) => MutationRunner.AuditOperationPrefix + mutation;
}

using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Grids;
using Gateway.Api.Tests.Infrastructure;
using Gateway.Api.Tests.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Grids;

/// <summary>Sends the grid mutations the way a client does, and reads grids back as the system stores them.</summary>
internal static class GridChanges
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";
    public const string GridFields = "id code name streets households householdsWithinTarget openedOn retiredOn "
        + "boundaryGeoJson version office { code } community { id } "
        + "revisions(first: 20) { nodes { number validFrom name streets households reason recordedBy } } "
        + "successors(first: 10) { nodes { kind on successor { id code } } } "
        + "predecessors(first: 10) { nodes { kind on predecessor { id code } } }";

    private static readonly IReadOnlyDictionary<string, string> Documents =
        new[] { "createGrid", "redrawGrid", "declareGridHouseholds", "retireGrid", "splitGrid", "mergeGrids" }
            .ToDictionary(m => m, m =>
                $"mutation($input: {char.ToUpperInvariant(m[0])}{m[1..]}Input!) {{ {m}(input: $input) "
                + $"{{ grid {{ {GridFields} }} {(m is "redrawGrid" or "retireGrid" ? "" : "warnings { code } ")}"
                + $"{Errors} }} }}");

    /// <summary>Sends the grid mutation <paramref name="mutation"/> with <paramref name="input"/>; the
    /// payload.</summary>
    public static async Task<JsonNode> ChangeGridAsync(this GraphQLClient client, string mutation, object input)
    {
        var response = await client.PostAsync(Documents[mutation], new { input });
        response.AssertSuccess();
        return response.Data![mutation]!;
    }

    public static string[] WarningCodes(JsonNode payload) =>
        [.. payload["warnings"]!.AsArray().Select(w => w!["code"]!.GetValue<string>())];

    public static string IdOf(Grid grid) => GlobalId.Encode("Grid", grid.Id);

    /// <summary>The office's grid with the code given, as stored.</summary>
    public static Task<Grid> GridAsync(this GatewayApiFactory factory, string code) =>
        factory.WithDbAsync(db => db.Grids.AsNoTracking().SingleAsync(g => g.Code == code));

    /// <summary>Ends, as the office would, every posting to the grid still running after <paramref name="lastDay"/>:
    /// what retiring the grid waits for.</summary>
    public static async Task EndPostingsToAsync(this GatewayApiFactory factory, Grid grid, DateOnly lastDay)
    {
        var running = await factory.WithDbAsync(db => db.Assignments.AsNoTracking()
            .Where(a => a.GridId == grid.Id && a.To == null).ToListAsync());
        var client = factory.CreateGraphQLClient("demo-station");
        foreach (var posting in running)
            (await client.MutateAsync("endPosting", new
            {
                id = Staffing.IdOf(posting), version = posting.Version, to = lastDay.ToString("yyyy-MM-dd"),
            })).Made("assignment");
    }

    /// <summary>Every grid, revision, succession and address as stored, to show that a refusal changed
    /// nothing.</summary>
    public static Task<string> GridStateAsync(this GatewayApiFactory factory) => factory.WithDbAsync(async db =>
        string.Join('\n',
            (await db.Grids.AsNoTracking().OrderBy(g => g.Id).ToListAsync()).Select(g =>
                $"G{g.Id} {g.Code} {g.Name} {g.Streets} {g.Households} {g.BoundaryGeoJson} {g.RetiredOn} {g.Version}")
            .Concat((await db.Set<GridRevision>().AsNoTracking().OrderBy(r => r.Id).ToListAsync())
                .Select(r => $"R{r.Id} {r.GridId} {r.Number}"))
            .Concat((await db.Set<GridSuccession>().AsNoTracking().OrderBy(s => s.Id).ToListAsync())
                .Select(s => $"S{s.Id} {s.PredecessorId} {s.SuccessorId}"))
            // Only the columns compared: a whole resident would decrypt its personal data, thousands of times.
            .Concat(await db.StandardAddresses.OrderBy(a => a.Id).Select(a => "A" + a.Id + " " + a.GridId)
                .ToListAsync())
            .Concat(await db.Residents.OrderBy(r => r.Id).Select(r => "P" + r.Id + " " + r.GridId).ToListAsync())));
}

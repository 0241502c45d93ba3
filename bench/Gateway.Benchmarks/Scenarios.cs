using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Benchmarks;

/// <summary>
/// What the hand-written side produced: the page's global ids in order, whether more follow, and the response body.
/// </summary>
internal sealed record EfPage(IReadOnlyList<string> Ids, bool HasNextPage, string Body);

/// <summary>One GraphQL connection query and the EF query a developer would write for the same page.</summary>
internal sealed record Scenario(string Name, string Connection, string GraphQLQuery,
    Func<GatewayDbContext, Task<EfPage>> Ef)
{
    /// <summary>The scenario's path under <see cref="HandWrittenEndpoint"/>.</summary>
    public string Slug => Connection;

    private const int PageSize = 50;

    private static readonly JsonSerializerOptions Json =
        new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly DateTime September = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime October = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly IReadOnlyList<Scenario> All =
    [
        new("fieldWork: filtered, by date desc", "fieldWork", """
            { fieldWork(first: 50,
                where: { kind: { eq: HOME_VISIT }, occurredAt: { gte: "2026-09-01T00:00:00Z" }, count: { gte: 5 } },
                order: [{ occurredAt: DESC }]) {
                nodes { id kind occurredAt count } pageInfo { endCursor hasNextPage } } }
            """,
            async db =>
            {
                var rows = await db.FieldWorkEvents.AsNoTracking()
                    .Where(e => e.Kind == FieldWorkKind.HomeVisit && e.OccurredAt >= September && e.Count >= 5)
                    .OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id)
                    .Take(PageSize + 1)
                    .ToListAsync();
                var nodes = rows.Take(PageSize)
                    .Select(e => new { Id = GlobalId.Encode("FieldWorkEvent", e.Id), e.Kind, e.OccurredAt, e.Count })
                    .ToList();
                return Page(nodes.Select(n => n.Id), rows.Count > PageSize, nodes, "fieldWork");
            }),
        new("personnel: some fieldWork, by name, + unit", "personnel", """
            { personnel(first: 50, where: { fieldWork: { some: {
                    kind: { eq: HOME_VISIT }, occurredAt: { gte: "2026-10-01T00:00:00Z" }, count: { gte: 15 } } } },
                order: [{ name: ASC }]) {
                nodes { id name kind unit { id name } } pageInfo { endCursor hasNextPage } } }
            """,
            async db =>
            {
                var rows = await db.People.AsNoTracking()
                    .Where(p => db.FieldWorkEvents.Any(e => e.PersonId == p.Id && e.Kind == FieldWorkKind.HomeVisit
                        && e.OccurredAt >= October && e.Count >= 15))
                    .OrderBy(p => p.Name).ThenBy(p => p.Id)
                    .Take(PageSize + 1)
                    .Select(p => new { p.Id, p.Name, p.Kind, UnitId = p.OwnerUnit!.Id, UnitName = p.OwnerUnit.Name })
                    .ToListAsync();
                var nodes = rows.Take(PageSize)
                    .Select(p => new
                    {
                        Id = GlobalId.Encode("Person", p.Id), p.Name, p.Kind,
                        Unit = new { Id = GlobalId.Encode("OrgUnit", p.UnitId), Name = p.UnitName },
                    })
                    .ToList();
                return Page(nodes.Select(n => n.Id), rows.Count > PageSize, nodes, "personnel");
            }),
    ];

    private static EfPage Page<TNode>(IEnumerable<string> ids, bool hasNextPage, List<TNode> nodes, string connection)
    {
        var body = new Dictionary<string, object>
        {
            ["data"] = new Dictionary<string, object> { [connection] = new { nodes, pageInfo = new { hasNextPage } } },
        };
        return new EfPage(ids.ToList(), hasNextPage, JsonSerializer.Serialize(body, Json));
    }
}

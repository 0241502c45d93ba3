using System.Net;
using System.Reflection;
using Gateway.Api.Audit;
using Gateway.Api.Data;
using Gateway.Api.FieldWork;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Personnel;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Schema;

/// <summary>
/// <c>node(id:)</c> and <c>nodes(ids:)</c> for every entity type of the schema, over the seeded county.
/// </summary>
[Collection(RelayCollection.Name)]
public sealed class NodeQueryTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    /// <summary>The field-work rollups: internal data the statistics read, never a graph type of their own.</summary>
    private static readonly Type[] InternalRollups =
        [typeof(FieldWorkDayTotal), typeof(FieldWorkUnitTotal), typeof(OfficeStaffingSpan)];

    /// <summary>
    /// Every concrete <see cref="EntityGraphType{T}"/> in the API assembly, by CLR name (serializable theory data).
    /// </summary>
    public static TheoryData<string> EntityGraphTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in EntityGraphTypeClasses()) data.Add(type.FullName!);
        return data;
    }

    [Fact]
    public void The_node_interface_is_implemented_by_exactly_the_entity_graph_types()
    {
        var schema = Schema();
        var node = Assert.IsAssignableFrom<IInterfaceGraphType>(schema.AllTypes["Node"]);
        var entityTypesInSchema = schema.AllTypes.OfType<IEntityGraphType>().Select(t => t.GetType()).ToHashSet();

        Assert.Equal(EntityGraphTypeClasses().Select(t => t.FullName).Order(),
            entityTypesInSchema.Select(t => t.FullName).Order());
        Assert.Equal(entityTypesInSchema.Select(t => t.FullName).Order(),
            node.PossibleTypes.Select(t => t.GetType().FullName).Order());
    }

    [Fact]
    public void Every_entity_of_the_data_model_except_audit_records_api_clients_and_rollups_has_a_node_type()
    {
        var withGraphType = EntityGraphTypeClasses().Select(EntityClrType).ToHashSet();
        using var scope = factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<GatewayDbContext>().Model;

        var missing = model.GetEntityTypes().Select(e => e.ClrType)
            .Where(t => typeof(Entity).IsAssignableFrom(t) && t != typeof(AuditRecord) && t != typeof(ApiClient)
                && !InternalRollups.Contains(t) && !withGraphType.Contains(t))
            .Select(t => t.Name).Order().ToList();

        Assert.True(missing.Count == 0,
            "Entities without a graph type (unreachable through node): " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(EntityGraphTypes))]
    public async Task Node_resolves_the_first_and_last_row_of_every_entity_type(string graphTypeClass)
    {
        var graphType = Schema().AllTypes.OfType<IEntityGraphType>().Cast<IGraphType>()
            .Single(t => t.GetType().FullName == graphTypeClass);
        var entityType = EntityClrType(graphType.GetType());
        if (entityType == typeof(AuditRecord)) await RecordAnAuditEventAsync();
        var (firstId, lastId) = await factory.WithDbAsync(db => FirstAndLastIds(db, entityType));
        Assert.True(firstId is not null,
            $"The demo seed has no {entityType.Name} rows, so {graphType.Name} cannot be read through node(id:).");

        var first = GlobalId.Encode(graphType.Name, firstId!.Value);
        var last = GlobalId.Encode(graphType.Name, lastId!.Value);
        var readable = graphType.GetRequiredPermission() is not { } permission
            || Roles.Grants[Roles.UnitIntegration].Contains(permission);
        if (!readable || graphType.Name == "InformantIdentity")
        {
            // A type the default client may not read (audit records) is not found, like a missing row; nor is an
            // identity, since a machine client never holds informants.identity nor handles an informant.
            var denied = await client.PostAsync($"query($id: ID!) {{ node(id: $id) {{ id }} }}", new { id = first });
            Assert.Null(denied.Data?["node"]?.GetValue<object>());
            Assert.Equal(["NOT_FOUND"], denied.ErrorCodes);
            return;
        }
        var data = await client.QueryAsync(
            $"query($first: ID!, $last: ID!) {{ " +
            $"first: node(id: $first) {{ __typename ... on {graphType.Name} {{ id }} }} " +
            "last: node(id: $last) { __typename id } }",
            new { first, last });

        Assert.Equal(graphType.Name, data["first"]!["__typename"]!.GetValue<string>());
        Assert.Equal(first, data["first"]!["id"]!.GetValue<string>());
        Assert.Equal(graphType.Name, data["last"]!["__typename"]!.GetValue<string>());
        Assert.Equal(last, data["last"]!["id"]!.GetValue<string>());
    }

    /// <summary>The demo seed writes no audit records; the audit trail gets its first one here.</summary>
    private async Task RecordAnAuditEventAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Gateway.Api.Tenancy.TenantScope>().EnterSystem();
        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .RecordAsync(new AuditEntry("test.node-lookup", AuditOutcome.Succeeded, []));
    }

    [Theory]
    [InlineData("UGVyc29uOjk4NzY1NDMyMQ")] // Person:987654321, no such row
    [InlineData("not a global id!")]
    [InlineData("bm8tY29sb24")] // "no-colon"
    [InlineData("UGVyc29uOi0x")] // Person:-1
    [InlineData("UGFnZUluZm86MQ")] // PageInfo:1, a type that is not a node
    [InlineData("UXVlcnk6MQ")] // Query:1
    [InlineData("Tm9TdWNoVHlwZTox")] // NoSuchType:1
    [InlineData("")]
    public async Task Node_with_an_unknown_or_malformed_id_is_null_with_NOT_FOUND(string id)
    {
        var response = await client.PostAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.True(response.Data?.AsObject().ContainsKey("node") == true && response.Data["node"] is null,
            response.Body);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(["node"], response.Errors[0]!["path"]!.AsArray().Select(p => p!.ToString()));
    }

    [Fact]
    public async Task The_type_in_a_global_id_decides_the_table()
    {
        // A person row id beyond the last org unit: as a Person it exists, labelled OrgUnit it must not be found.
        var (lastPerson, lastUnit) = await factory.WithDbAsync(async db =>
            (await db.People.MaxAsync(p => (long?)p.Id), await db.OrgUnits.MaxAsync(u => (long?)u.Id)));
        Assert.True(lastPerson > lastUnit,
            $"The seed should hold more people ({lastPerson}) than org units ({lastUnit}).");

        var response = await client.PostAsync(
            "query($person: ID!, $unit: ID!) { person: node(id: $person) { __typename } " +
            "unit: node(id: $unit) { __typename } }",
            new
            {
                person = GlobalId.Encode("Person", lastPerson!.Value),
                unit = GlobalId.Encode("OrgUnit", lastPerson!.Value),
            });

        Assert.Equal("Person", response.Data?["person"]?["__typename"]?.GetValue<string>());
        Assert.Null(response.Data?["unit"]);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }

    [Fact]
    public async Task Nodes_returns_objects_in_order_with_null_and_NOT_FOUND_at_unknown_positions()
    {
        var (person, office) = await factory.WithDbAsync(async db =>
            (await db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                await db.OrgUnits.OrderByDescending(u => u.Id).Select(u => u.Id).FirstAsync()));
        string[] ids =
        [
            GlobalId.Encode("OrgUnit", office),
            GlobalId.Encode("Person", 987_654_321),
            GlobalId.Encode("Person", person),
            "garbage",
            GlobalId.Encode("OrgUnit", office),
        ];

        var response = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
            new { ids });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        var nodes = response.Data!["nodes"]!.AsArray();
        Assert.Equal(ids.Length, nodes.Count);
        Assert.Equal(["OrgUnit", null, "Person", null, "OrgUnit"],
            nodes.Select(n => n?["__typename"]!.GetValue<string>()));
        Assert.Equal([ids[0], null, ids[2], null, ids[4]], nodes.Select(n => n?["id"]!.GetValue<string>()));
        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(["nodes/1", "nodes/3"],
            response.Errors.Select(e => string.Join('/', e!["path"]!.AsArray().Select(p => p!.ToString()))));
    }

    [Fact]
    public async Task Nodes_refuses_more_than_100_ids()
    {
        var ids = Enumerable.Range(1, NodeQueries.MaxIds + 1).Select(i => GlobalId.Encode("Person", i)).ToArray();

        var response = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("at most 100", response.ErrorMessages.Single());
    }

    private ISchema Schema()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    internal static IEnumerable<Type> EntityGraphTypeClasses() =>
        typeof(EntityGraphType<>).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEntityGraphType).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    internal static Type EntityClrType(Type graphType)
    {
        for (var t = graphType; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EntityGraphType<>))
                return t.GetGenericArguments()[0];
        throw new InvalidOperationException($"{graphType} does not derive from EntityGraphType<T>.");
    }

    private static Task<(long? First, long? Last)> FirstAndLastIds(GatewayDbContext db, Type entityType) =>
        (Task<(long?, long?)>)typeof(NodeQueryTests)
            .GetMethod(nameof(FirstAndLastIdsOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entityType).Invoke(null, [db])!;

    private static async Task<(long?, long?)> FirstAndLastIdsOf<T>(GatewayDbContext db) where T : Entity =>
        (await db.Set<T>().MinAsync(e => (long?)e.Id), await db.Set<T>().MaxAsync(e => (long?)e.Id));
}

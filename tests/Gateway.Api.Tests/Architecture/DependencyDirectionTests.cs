using Gateway.Api.Offices;
using GraphQL.Types;
using NetArchTest.Rules;

namespace Gateway.Api.Tests.Architecture;

/// <summary>
/// Dependencies point one way. The shared mechanisms never name a domain area (the org-unit tree that tenancy stands
/// on excepted); only the composition (Hosting, DemoData, the DbContext's model) does. Areas form a hierarchy, and a
/// child area adds its fields to a parent's type from its own folder instead of the parent naming the child's type.
/// Inside the GraphQL layer, each concern uses only the ones below it.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Root = "Gateway.Api";

    private static readonly string[] Areas =
        ["Offices", "Grids", "Personnel", "FieldWork", "Assessment", "Registry", "Mediation", "Requests", "Informants",
            "StationDuty", "Statistics", "Administration", "Integrations"];

    /// <summary>Lowest first: a concern may use those before it, never those after it.</summary>
    private static readonly string[] GraphQLLayers =
        ["Mapping", "Filtering", "Paging", "Loading", "Mutations", "Schema", "Limits", "Transport"];

    /// <summary>What tenancy stands on: the tree of units and the kinds of unit.</summary>
    private static readonly Type[] OrgUnitTree = [typeof(OrgUnit), typeof(OrgUnitKind)];

    private static readonly System.Reflection.Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void The_rules_know_every_folder_of_the_api()
    {
        var known = Areas
            .Concat(["Data", "Tenancy", "Audit", "Security", "GraphQL", "Operations", "Hosting", "DemoData"])
            .Select(name => $"{Root}.{name}").ToList();
        var unknown = Api.GetTypes()
            .Where(t => t.Namespace?.StartsWith(Root + ".", StringComparison.Ordinal) == true)
            .Where(t => !known.Any(k => t.Namespace == k || t.Namespace!.StartsWith(k + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName).Distinct().ToList();
        Assert.True(unknown.Count == 0,
            $"Types outside every known folder (add the folder to the rules above): {string.Join(", ", unknown)}");
    }

    [Theory]
    [InlineData("Tenancy")]
    [InlineData("Audit")]
    [InlineData("Security")]
    [InlineData("GraphQL")]
    [InlineData("Operations")]
    public void A_shared_mechanism_names_no_domain_area(string mechanism)
    {
        var result = Types.InAssembly(Api).That().ResideInNamespace($"{Root}.{mechanism}")
            .ShouldNot().HaveDependencyOnAny([.. AreaTypesBeyondTheTree(), $"{Root}.Hosting", $"{Root}.DemoData"])
            .GetResult();
        AssertKept(result, $"{mechanism} names a domain area or the composition");
    }

    [Fact]
    public void The_data_layer_names_no_domain_area_outside_the_model_it_composes()
    {
        var result = Types.InAssembly(Api).That().ResideInNamespace($"{Root}.Data")
            .And().DoNotResideInNamespace($"{Root}.Data.Migrations")
            // The model and its engines' contexts compose the areas.
            .And().DoNotHaveNameMatching("^(Sqlite|Postgres)?GatewayDbContext")
            .ShouldNot().HaveDependencyOnAny([.. AreaTypesBeyondTheTree(), $"{Root}.Hosting", $"{Root}.DemoData"])
            .GetResult();
        AssertKept(result, "Data names a domain area");
    }

    /// <summary>Tenancy below Audit below Security below the GraphQL layer below the audit's own queries.</summary>
    [Theory]
    [InlineData("^Gateway\\.Api\\.Tenancy",
        new[] { "Gateway.Api.Audit", "Gateway.Api.Security", "Gateway.Api.GraphQL" })]
    [InlineData("^Gateway\\.Api\\.Audit$",
        new[] { "Gateway.Api.Security", "Gateway.Api.GraphQL", "Gateway.Api.Audit.Schema" })]
    [InlineData("^Gateway\\.Api\\.Security", new[] { "Gateway.Api.GraphQL", "Gateway.Api.Audit.Schema" })]
    [InlineData("^Gateway\\.Api\\.GraphQL", new[] { "Gateway.Api.Audit.Schema" })]
    public void Shared_mechanisms_use_only_those_below_them(string mechanism, string[] above)
    {
        var result = Types.InAssembly(Api).That().ResideInNamespaceMatching(mechanism)
            .ShouldNot().HaveDependencyOnAny(above).GetResult();
        AssertKept(result, $"{mechanism} uses a mechanism above it");
    }

    [Fact]
    public void Each_GraphQL_concern_uses_only_the_ones_below_it()
    {
        for (var i = 0; i < GraphQLLayers.Length; i++)
        {
            var higher = GraphQLLayers.Skip(i + 1).Select(layer => $"{Root}.GraphQL.{layer}").ToArray();
            if (higher.Length == 0) continue;
            var result = Types.InAssembly(Api).That().ResideInNamespace($"{Root}.GraphQL.{GraphQLLayers[i]}")
                .ShouldNot().HaveDependencyOnAny(higher).GetResult();
            AssertKept(result, $"GraphQL.{GraphQLLayers[i]} uses a concern above it");
        }
    }

    [Fact]
    public void The_GraphQL_layer_has_no_types_outside_its_concerns()
    {
        var loose = Api.GetTypes().Where(t => t.Namespace == $"{Root}.GraphQL" && !t.IsNested)
            .Select(t => t.Name).ToList();
        Assert.True(loose.Count == 0, $"Types of the GraphQL layer outside its concerns: {string.Join(", ", loose)}");
    }

    [Fact]
    public void An_area_never_names_another_areas_graph_types()
    {
        foreach (var area in Areas)
        {
            var foreignGraphTypes = Api.GetTypes()
                .Where(t => typeof(IGraphType).IsAssignableFrom(t) && AreaOf(t) is { } owner && owner != area)
                .Select(t => t.FullName!).ToArray();
            var result = Types.InAssembly(Api).That().ResideInNamespace($"{Root}.{area}")
                .ShouldNot().HaveDependencyOnAny(foreignGraphTypes).GetResult();
            AssertKept(result, $"{area} names another area's graph type");
        }
    }

    [Fact]
    public void Areas_depend_on_each_other_without_cycles()
    {
        var uses = Areas.ToDictionary(area => area, area => Areas
            .Where(other => other != area && Types.InAssembly(Api).That().ResideInNamespace($"{Root}.{area}")
                .And().HaveDependencyOn($"{Root}.{other}").GetTypes().Any())
            .ToHashSet());
        // Kahn's algorithm: whatever cannot be ordered sits on a cycle.
        var remaining = new Dictionary<string, HashSet<string>>(
            uses.Select(u => KeyValuePair.Create(u.Key, u.Value.ToHashSet())));
        while (remaining.FirstOrDefault(r => r.Value.Count == 0).Key is { } free)
        {
            remaining.Remove(free);
            foreach (var used in remaining.Values) used.Remove(free);
        }
        Assert.True(remaining.Count == 0, "Areas that depend on each other in a cycle: " + string.Join("; ",
            remaining.Select(r => $"{r.Key} → {string.Join(", ", r.Value)}")));
    }

    /// <summary>The station's roster, cases and dispatches read people, units and grids, and nothing else.</summary>
    [Fact]
    public void Station_duty_depends_on_personnel_offices_and_grids_alone()
    {
        var used = Areas.Where(other => other != "StationDuty" && Types.InAssembly(Api).That()
            .ResideInNamespace($"{Root}.StationDuty").And().HaveDependencyOn($"{Root}.{other}").GetTypes().Any());
        Assert.Equal(["Offices", "Grids", "Personnel"], used);
    }

    /// <summary>A rule planted the wrong way round is caught: the test above would pass on an empty assembly.</summary>
    [Fact]
    public void The_rules_see_dependencies_that_exist()
    {
        var grids = Types.InAssembly(Api).That().ResideInNamespace($"{Root}.Grids")
            .ShouldNot().HaveDependencyOn($"{Root}.Offices").GetResult();
        Assert.False(grids.IsSuccessful);
        var layer = Types.InAssembly(Api).That().ResideInNamespace($"{Root}.GraphQL.Schema")
            .ShouldNot().HaveDependencyOn($"{Root}.GraphQL.Loading").GetResult();
        Assert.False(layer.IsSuccessful);
    }

    private static string[] AreaTypesBeyondTheTree() =>
    [
        .. Api.GetTypes()
            .Where(t => AreaOf(t) is not null && !OrgUnitTree.Contains(t) && !t.IsNested)
            .Select(t => t.FullName!),
    ];

    private static string? AreaOf(Type type) =>
        Areas.FirstOrDefault(area => type.Namespace == $"{Root}.{area}"
            || type.Namespace?.StartsWith($"{Root}.{area}.", StringComparison.Ordinal) == true);

    private static void AssertKept(TestResult result, string what) =>
        Assert.True(result.IsSuccessful,
            $"{what}: {string.Join(", ", result.FailingTypeNames ?? [])}");
}

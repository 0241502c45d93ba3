using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;
using Gateway.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.Security.Authorization;

/// <summary>
/// Check 16: walks the schema the app builds. Every field of every output type must declare the permission reading it
/// needs (on the field or on its type) or be open to any caller on purpose; nothing else can reach the schema.
/// </summary>
public sealed class AuthorizationCoverageTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    [Fact]
    public void Every_field_of_every_output_type_declares_a_permission_or_is_open_on_purpose()
    {
        var uncovered = Fields().Where(f => !Declares(f.Field) && !Declares(f.Type)).Select(f => f.Coordinate).ToList();

        Assert.True(uncovered.Count == 0,
            "These fields declare no permission, on themselves or their type, and are not marked " +
            "AllowAnyCaller: " + string.Join(", ", uncovered));
    }

    [Fact]
    public void Every_declared_permission_is_in_the_catalogue_and_nothing_is_both_guarded_and_open()
    {
        var elements = Fields().SelectMany(f =>
            new (string Name, IProvideMetadata Element)[] { (f.Coordinate, f.Field), (f.Type.Name, f.Type) })
            .DistinctBy(e => e.Name).ToList();

        var unknown = elements.Where(e => e.Element.GetRequiredPermission() is { } p && !Permissions.All.Contains(p))
            .Select(e => e.Name).ToList();
        var ambiguous = elements.Where(e =>
            e.Element.GetRequiredPermission() is not null && e.Element.AllowsAnyCaller()).Select(e => e.Name).ToList();

        Assert.True(unknown.Count == 0, "Permissions outside the catalogue on: " + string.Join(", ", unknown));
        Assert.True(ambiguous.Count == 0, "Both guarded and open: " + string.Join(", ", ambiguous));
    }

    [Fact]
    public void Every_entity_type_declares_its_own_read_permission()
    {
        var undeclared = Schema().AllTypes.OfType<IEntityGraphType>().Cast<IGraphType>()
            .Where(t => t.GetRequiredPermission() is null).Select(t => t.Name).ToList();

        Assert.True(undeclared.Count == 0,
            "Entity types that declare no read permission: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void Every_root_connection_needs_the_permission_of_the_rows_it_lists()
    {
        var connections = Schema().Query.Fields.Where(f =>
            f.ResolvedType!.GetNamedType() is IComplexGraphType { Name: var n } && n.EndsWith("Connection")).ToList();

        Assert.NotEmpty(connections);
        Assert.All(connections, field =>
        {
            var rows = ((IComplexGraphType)field.ResolvedType!.GetNamedType())
                .GetField("nodes")!.ResolvedType!.GetNamedType();
            Assert.True(rows.GetRequiredPermission() is { } permission && field.GetRequiredPermission() == permission,
                $"Query.{field.Name} needs '{field.GetRequiredPermission()}' but lists {rows.Name} rows, which " +
                $"need '{rows.GetRequiredPermission()}'.");
        });
    }

    [Fact]
    public void Every_mutation_declares_its_own_permission()
    {
        var mutation = Schema().Mutation;

        Assert.NotNull(mutation);
        Assert.Null(mutation.GetRequiredPermission());
        Assert.False(mutation.AllowsAnyCaller(), "The Mutation root is open to any caller.");
        Assert.NotEmpty(mutation.Fields);
        var undeclared = mutation.Fields.Where(f => f.GetRequiredPermission() is null).Select(f => f.Name).ToList();
        Assert.True(undeclared.Count == 0,
            "Mutations that declare no permission of their own: " + string.Join(", ", undeclared));
    }

    /// <summary>Free-text notes may hold anything a resident or informant said: a dashboard never reads them, whatever
    /// the path.</summary>
    [Theory]
    [InlineData("FieldWorkEvent", "note")]
    [InlineData("Tip", "content")]
    [InlineData("InformantContact", "direction")]
    [InlineData("MediationSession", "record")]
    [InlineData("MediationCase", "summary")]
    [InlineData("ServiceRequest", "summary")]
    [InlineData("ReturnVisit", "note")]
    public void Dashboards_never_read_free_text(string typeName, string fieldName)
    {
        var type = (IComplexGraphType)Schema().AllTypes[typeName]!;
        var field = type.GetField(fieldName)!;
        var needed = new[] { type.GetRequiredPermission(), field.GetRequiredPermission() }.OfType<string>().ToList();

        Assert.NotEmpty(needed);
        Assert.False(needed.All(Roles.Grants[Roles.Dashboard].Contains),
            $"A dashboard could read {typeName}.{fieldName}.");
    }

    private static bool Declares(IProvideMetadata element) =>
        element.GetRequiredPermission() is not null || element.AllowsAnyCaller();

    private IEnumerable<(IComplexGraphType Type, FieldType Field, string Coordinate)> Fields() =>
        from type in Schema().AllTypes.OfType<IComplexGraphType>()
        where type is IObjectGraphType or IInterfaceGraphType && !type.Name.StartsWith("__", StringComparison.Ordinal)
        from field in type.Fields
        orderby type.Name, field.Name
        select (type, field, $"{type.Name}.{field.Name}");

    private ISchema Schema()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}

using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Schema;

/// <summary>
/// A global id carries the graph type's name, and mutations find the row it names by the entity's class name: the two
/// must be the same for every entity, or an id read from the schema would name nothing a mutation can find.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class GlobalIdTypeNameTests(GatewayApiFactory factory)
{
    [Fact]
    public void Every_entity_graph_type_is_named_after_its_entity()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var entityTypes = schema.AllTypes.OfType<IObjectGraphType>()
            .Select(type => (Type: type, Entity: EntityOf(type.GetType())))
            .Where(t => t.Entity is not null).ToList();

        Assert.NotEmpty(entityTypes);
        Assert.All(entityTypes, t => Assert.Equal(t.Entity!.Name, t.Type.Name));
    }

    private static Type? EntityOf(Type graphType)
    {
        for (var type = graphType; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EntityGraphType<>))
                return type.GetGenericArguments()[0];
        return null;
    }
}

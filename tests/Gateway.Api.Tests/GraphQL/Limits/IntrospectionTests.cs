using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Limits;
using Gateway.Api.Tests.Infrastructure;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Api.Tests.GraphQL.Limits;

/// <summary>
/// The introspection documents real tools send answer in full to any signed-in caller; introspection that nests the
/// schema's lists into one another is refused like any document over a limit. The documents under Introspection/ are
/// printed verbatim by the graphql npm package 16.15.0: <c>getIntrospectionQuery()</c> (GraphiQL, Apollo, Postman,
/// Altair, graphql-codegen, Grafana) and <c>getIntrospectionQuery({ inputValueDeprecation: true,
/// schemaDescription: true, specifiedByUrl: true })</c>.
/// </summary>
[Collection(TransportCollection.Name)]
public sealed class IntrospectionTests(GatewayApiFactory factory)
{
    private const string SchemaDescription = "Gateway: the county's community-policing data service.";

    /// <summary>The caller with the fewest permissions: introspection does not depend on them.</summary>
    private readonly GraphQLClient client = factory.CreateGraphQLClient("demo-dashboard");

    [Fact]
    public async Task The_standard_introspection_query_describes_the_whole_schema()
    {
        var schema = await IntrospectAsync("getIntrospectionQuery.graphql");

        AssertDescribesTheContract(schema);
    }

    [Fact]
    public async Task The_introspection_query_with_every_option_describes_the_whole_schema()
    {
        var schema = await IntrospectAsync("getIntrospectionQuery-all-options.graphql");

        AssertDescribesTheContract(schema);
        Assert.Equal(SchemaDescription, schema["description"]?.GetValue<string>());
        var types = schema.Items("types");
        Assert.All(types, type => Assert.True(type.AsObject().ContainsKey("specifiedByURL"), type.ToJsonString()));
        var inputValues = types.SelectMany(t => t["fields"]?.AsArray().SelectMany(f => f!.Items("args")) ?? [])
            .Concat(types.SelectMany(t => t["inputFields"]?.AsArray().Select(f => f!) ?? []))
            .Concat(schema.Items("directives").SelectMany(d => d.Items("args")))
            .ToList();
        Assert.NotEmpty(inputValues);
        Assert.All(inputValues, value => Assert.Equal(JsonValueKind.False, value["isDeprecated"]?.GetValueKind()));
        Assert.Contains(schema.Items("directives"), d => d.Str("name") == "include" && d.Items("args").Count == 1);
    }

    [Theory]
    [InlineData("""
        { __schema { types { fields { type { fields { type { fields {
          type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } } } } } }
        """)]
    [InlineData("{ __type(name: \"Query\") { fields { type { fields { type { fields { name } } } } } } }")]
    [InlineData("{ __schema { types { interfaces { possibleTypes { interfaces { name } } } } } }")]
    [InlineData("{ __schema { types { inputFields { type { inputFields { type { inputFields { name } } } } } } } }")]
    [InlineData("""
        { __schema { types { ...Fields } } }
        fragment Fields on __Type { fields { type { ...MoreFields } } }
        fragment MoreFields on __Type { fields { type { ... on __Type { fields { name } } } } }
        """)]
    public async Task Introspection_nesting_the_schema_lists_three_deep_is_refused(string query)
    {
        var response = await client.PostAsync(query);

        Assert.Equal([LimitExceededError.ErrorCode], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Introspection_nesting_the_schema_lists_two_deep_runs()
    {
        (await client.PostAsync("{ __type(name: \"Query\") { fields { type { fields { name } } } } }")).AssertSuccess();
    }

    private async Task<JsonNode> IntrospectAsync(string file)
    {
        var query = await File.ReadAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "GraphQL/Limits/Introspection", file));
        var response = await client.PostAsync(query, operationName: "IntrospectionQuery");
        response.AssertSuccess();
        return response.Data!["__schema"]!;
    }

    /// <summary>
    /// What a client's <c>buildClientSchema</c> needs: every type of schema/schema.graphql with all its fields,
    /// arguments, input fields and enum values, and the root query type.
    /// </summary>
    private static void AssertDescribesTheContract(JsonNode schema)
    {
        Assert.Equal("Query", schema["queryType"]!.Str("name"));
        var introspected = schema.Items("types").ToDictionary(t => t.Str("name"));
        var contract = Parser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema.graphql")));
        var definitions = contract.Definitions.OfType<GraphQLTypeDefinition>().ToList();
        Assert.NotEmpty(definitions);
        foreach (var definition in definitions)
        {
            var name = definition.Name.StringValue;
            Assert.True(introspected.TryGetValue(name, out var type), $"Type {name} is missing from introspection.");
            switch (definition)
            {
                case GraphQLObjectTypeDefinition { Fields: { } fields }:
                    AssertFields(type!, fields.Items);
                    break;
                case GraphQLInterfaceTypeDefinition { Fields: { } fields }:
                    AssertFields(type!, fields.Items);
                    break;
                case GraphQLInputObjectTypeDefinition { Fields: { } inputFields }:
                    Assert.Equal(Names(inputFields.Items.Select(f => f.Name)), Names(type!.Items("inputFields")));
                    break;
                case GraphQLEnumTypeDefinition { Values: { } values }:
                    Assert.Equal(Names(values.Items.Select(v => v.Name)), Names(type!.Items("enumValues")));
                    break;
            }
        }
    }

    private static void AssertFields(JsonNode type, List<GraphQLFieldDefinition> fields)
    {
        var introspected = type.Items("fields").ToDictionary(f => f.Str("name"));
        Assert.Equal(Names(fields.Select(f => f.Name)), [.. introspected.Keys.Order(StringComparer.Ordinal)]);
        foreach (var field in fields)
        {
            var args = introspected[field.Name.StringValue].Items("args");
            Assert.Equal(Names(field.Arguments?.Items.Select(a => a.Name) ?? []), Names(args));
        }
    }

    private static List<string> Names(IEnumerable<GraphQLName> names) =>
        [.. names.Select(n => n.StringValue).Order(StringComparer.Ordinal)];

    private static List<string> Names(IEnumerable<JsonNode> nodes) =>
        [.. nodes.Select(n => n.Str("name")).Order(StringComparer.Ordinal)];
}

using Gateway.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// Outside Development an error names what is wrong and never what would be right: "Did you mean …?" would let a
/// caller recover the schema name by name, even with introspection out of reach. Development keeps the hints.
/// </summary>
[Collection(TransportCollection.Name)]
public sealed class SuggestionTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    public static TheoryData<string, string, string> Misspellings => new()
    {
        // query, what the error must still name, the name a suggestion would give away
        { "{ offices { nodes { nam } } }", "Cannot query field 'nam'", "name" },
        { "{ node(id: \"x\") { code } }", "Cannot query field 'code'", "Grid" },
        { "{ offices(frist: 1) { totalCount } }", "Unknown argument 'frist'", "first" },
        { "{ __typename @skip(if: false, iff: true) }", "Unknown argument 'iff'", "if" },
        { "query($w: GridWher) { grids(where: $w) { totalCount } }", "Unknown type GridWher", "GridWhere" },
        { "{ node(id: \"x\") { ... on Grd { id } } }", "Unknown type Grd", "Grid" },
        { "{ fieldWork(where: { kind: { eq: HOME_VISITT } }) { totalCount } }", "HOME_VISITT", "HOME_VISIT" },
        { "{ grids(where: { househols: { gte: 1 } }) { totalCount } }", "househols", "households" },
    };

    [Theory]
    [MemberData(nameof(Misspellings))]
    public async Task A_misspelt_name_is_refused_without_a_suggestion(string query, string named, string rightName)
    {
        var response = await client.PostAsync(query);

        response.AssertSpecShapedErrors();
        Assert.Contains(response.ErrorMessages, m => m!.Contains(named, StringComparison.Ordinal));
        Assert.DoesNotContain("mean", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.All(response.ErrorMessages, m => Assert.DoesNotContain($"'{rightName}'", m));
    }

    [Fact]
    public async Task Misspelt_names_in_variables_are_refused_without_a_suggestion()
    {
        const string Query = "query($w: FieldWorkEventWhere) { fieldWork(where: $w) { totalCount } }";

        var field = await client.PostAsync(Query, new { w = new { kinds = new { eq = "HOME_VISIT" } } });
        var value = await client.PostAsync(Query, new { w = new { kind = new { eq = "HOME_VISITT" } } });

        foreach (var response in new[] { field, value })
        {
            response.AssertSpecShapedErrors();
            Assert.DoesNotContain("mean", response.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Development_keeps_the_suggestions()
    {
        await using var development = new DevelopmentApiFactory();

        var response = await development.CreateGraphQLClient().PostAsync("{ offices(frist: 1) { totalCount } }");

        Assert.Contains(response.ErrorMessages, m => m!.Contains("Did you mean 'first'", StringComparison.Ordinal));
    }

    private sealed class DevelopmentApiFactory : GatewayApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Security.Clients;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Gateway.Api.Tests.Operations;

/// <summary>A client set to published documents only (trusted documents) is refused a document of its own and runs
/// published ones by id, over GET and POST.</summary>
public sealed class PublishedDocumentsOnlyTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Dashboard = "demo-dashboard";

    [Fact]
    public void The_demo_county_seeds_the_dashboard_and_the_committee_held_to_published_documents() =>
        Assert.Equal(["demo-committee", "demo-dashboard"], TestDatabases.SeededPublishedDocumentsOnlyClients);

    [Fact]
    public async Task A_query_of_its_own_is_refused_with_its_code_and_a_published_one_runs_over_GET_and_POST()
    {
        await SetAsync(Dashboard, true);
        var client = factory.CreateGraphQLClientWithNewToken(Dashboard);
        var offices = PersistedDocument.IdOf(await File.ReadAllBytesAsync(
            RepositoryFiles.PathOf("schema/operations/Offices.graphql")));

        var own = await client.PostAsync("{ offices(first: 1) { nodes { id } } }");
        var overGet = await client.GetRawAsync($"?documentId={Uri.EscapeDataString(offices)}");
        var overPost = await client.PostRawAsync(
            new JsonObject { ["documentId"] = offices, ["variables"] = new JsonObject { ["first"] = 2 } }
                .ToJsonString());

        Assert.Equal(HttpStatusCode.Forbidden, own.Status);
        Assert.Equal(PublishedDocumentsOnly.RefusalCode, own.Json!["errors"]![0]!["extensions"]!["code"]!.ToString());
        Assert.Contains("documentId", own.Json!["errors"]![0]!["message"]!.ToString());
        overGet.AssertSuccess();
        overPost.AssertSuccess();
        Assert.Equal(2, overPost.Data!["offices"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Once_the_setting_is_taken_off_a_new_token_sends_its_own_documents_again()
    {
        await SetAsync(Dashboard, true);
        await SetAsync(Dashboard, false);

        var response = await factory.CreateGraphQLClientWithNewToken(Dashboard)
            .PostAsync("{ offices(first: 1) { nodes { id } } }");

        response.AssertSuccess();
    }

    private async Task SetAsync(string clientId, bool only)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = (await applications.FindByClientIdAsync(clientId))!;
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application);
        PublishedDocumentsOnly.Set(descriptor, only);
        await applications.UpdateAsync(application, descriptor);
    }
}

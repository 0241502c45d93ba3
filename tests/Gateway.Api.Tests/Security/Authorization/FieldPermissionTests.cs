using System.Net;
using Gateway.Api.Audit;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Tests.Security.Authorization;

/// <summary>
/// The field layer per role (checks 16–18): what a dashboard and the political-legal committee may read, and the
/// usual ways around a field check (node, fragments, interfaces, aliases, directives, edges, GET), all refused.
/// </summary>
public sealed class FieldPermissionTests(GatewayApiFactory factory) : IClassFixture<GatewayApiFactory>
{
    private const string Dashboard = "demo-dashboard";
    private const string Committee = "demo-committee";

    private readonly GraphQLClient dashboard = factory.CreateGraphQLClient(Dashboard);
    private readonly GraphQLClient committee = factory.CreateGraphQLClient(Committee);

    [Fact]
    public async Task A_dashboard_reads_offices_and_grids()
    {
        var data = await dashboard.QueryAsync(
            "{ offices { totalCount nodes { id code grids(first: 100) { nodes { code households } } } } " +
            "grids(first: 5) { totalCount edges { node { code office { code } } } pageInfo { hasNextPage } } }");

        Assert.Equal(4, data["offices"]!["totalCount"]!.GetValue<int>());
        Assert.True(data["grids"]!["totalCount"]!.GetValue<int>() > 5);
    }

    [Theory]
    [InlineData("{ personnel { totalCount } }", "Query.personnel")]
    [InlineData("{ informants { nodes { codeName } } }", "Query.informants", "Informant.codeName")]
    [InlineData("{ residents { nodes { name } } }", "Query.residents")]
    [InlineData("{ fieldWork { nodes { note } } }", "Query.fieldWork", "FieldWorkEvent.note")]
    [InlineData("{ mediationCases { totalCount } }", "Query.mediationCases")]
    [InlineData("{ serviceRequests { totalCount } }", "Query.serviceRequests")]
    // A relation to an unreadable type is refused even when nothing of the rows is selected: __typename would count
    // them.
    [InlineData("{ grids { nodes { residents(first: 100) { nodes { __typename } } } } }", "Grid.residents")]
    [InlineData("{ offices { nodes { assignments(first: 100) { nodes { role } } } } }", "OrgUnit.assignments",
        "Assignment.role")]
    [InlineData("{ grids { nodes { fieldWork(first: 100) { nodes { note } } } } }", "Grid.fieldWork",
        "FieldWorkEvent.note")]
    // Edge and node are refused alike (check 17).
    [InlineData("{ informants { edges { cursor node { codeName } } } }", "Query.informants", "InformantEdge.node",
        "Informant.codeName")]
    public async Task A_dashboard_is_refused_everything_beyond_offices_and_grids(string query, params string[] denied)
    {
        var response = await dashboard.PostAsync(query);

        response.AssertDenied(denied);
    }

    [Fact]
    public async Task The_committee_reads_personnel_grids_and_requests()
    {
        var data = await committee.QueryAsync(
            "{ personnel(first: 5) { totalCount nodes { name kind assignments(first: 100) { nodes { role grid { " +
            "code } } } } } grids(first: 5) { nodes { code } } serviceRequests(first: 5) { totalCount } }");

        Assert.Equal(5, data["personnel"]!["nodes"]!.AsArray().Count);
        Assert.Equal(5, data["grids"]!["nodes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("{ informants { totalCount } }", "Query.informants")]
    [InlineData("{ residents { totalCount } }", "Query.residents")]
    [InlineData("{ houses { nodes { holderName } } }", "Query.houses", "House.holderName")]
    [InlineData("{ mediationCases { nodes { summary } } }", "Query.mediationCases", "MediationCase.summary")]
    [InlineData("{ mediationCommittees { totalCount } }", "Query.mediationCommittees")]
    [InlineData(
        "{ personnel { nodes { fieldWork(first: 100) { nodes { note } } mediationMemberships(first: 100) { nodes { " +
        "memberKind } } } } }", "Person.fieldWork", "Person.mediationMemberships")]
    [InlineData("{ grids { nodes { residents(first: 100) { nodes { name } } } } }", "Grid.residents", "Resident.name")]
    public async Task The_committee_is_refused_informants_registry_mediation_and_field_work(string query,
        params string[] denied)
    {
        var response = await committee.PostAsync(query);

        response.AssertDenied(denied);
    }

    [Fact]
    public async Task A_type_condition_on_node_is_refused_at_validation()
    {
        var response = await dashboard.PostAsync(
            "query($id: ID!) { node(id: $id) { id ... on Informant { codeName } } }",
            new { id = await InformantIdAsync() });

        response.AssertDenied("Informant.codeName");
    }

    [Fact]
    public async Task Node_of_an_unreadable_type_is_not_found_like_a_missing_row_and_audited()
    {
        var informant = await InformantIdAsync();
        var grid = GlobalId.Encode("Grid", await factory.WithDbAsync(db => db.Grids.Select(g => g.Id).FirstAsync()));
        var before = (await factory.AuditRecordsAsync("graphql.denied:Query.node", Dashboard)).Count;
        var beforeMany = (await factory.AuditRecordsAsync("graphql.denied:Query.nodes", Dashboard)).Count;

        var one = await dashboard.PostAsync("query($id: ID!) { node(id: $id) { __typename id } }",
            new { id = informant });
        var many = await dashboard.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
            new { ids = new[] { informant, grid } });

        Assert.True(one.Status == HttpStatusCode.OK && one.Data?.AsObject().ContainsKey("node") == true
            && one.Data["node"] is null, one.ToString());
        Assert.Equal(["NOT_FOUND"], one.ErrorCodes);
        Assert.Equal([null, "Grid"], many.Data!["nodes"]!.AsArray().Select(n => n?["__typename"]!.GetValue<string>()));
        Assert.Equal(["NOT_FOUND"], many.ErrorCodes);
        var records = await factory.AuditRecordsAsync("graphql.denied:Query.node", Dashboard);
        Assert.Equal(before + 1, records.Count);
        Assert.Equal(AuditOutcome.Denied, records[^1].Outcome);
        Assert.Equal([informant], records[^1].Objects());
        var manyRecords = await factory.AuditRecordsAsync("graphql.denied:Query.nodes", Dashboard);
        Assert.Equal(beforeMany + 1, manyRecords.Count);
        Assert.Equal([informant], manyRecords[^1].Objects());
    }

    [Theory]
    // A named fragment on the concrete type.
    [InlineData("query($id: ID!) { node(id: $id) { ...F } } fragment F on Informant { codeName }",
        "Informant.codeName")]
    // Fragments spreading fragments, through the interface.
    [InlineData(
        "query($id: ID!) { node(id: $id) { ...A } } fragment A on Node { id ...B } fragment B on Informant { " +
        "identity { realName } }",
        "Informant.identity", "InformantIdentity.realName")]
    // An inline fragment on the interface, then on the type.
    [InlineData("query($id: ID!) { node(id: $id) { ... on Node { ... on Informant { status } } } }",
        "Informant.status")]
    // Aliases hide nothing.
    [InlineData("query($id: ID!) { n: node(id: $id) { id } x: informants { y: totalCount } }", "Query.informants")]
    [InlineData("query($id: ID!) { node(id: $id) { ... on Informant { secret: codeName } } }", "Informant.codeName")]
    // Directives that keep a field in are no way around the check.
    [InlineData("query($id: ID!) { node(id: $id) { id } informants @skip(if: false) { totalCount } }",
        "Query.informants")]
    [InlineData("query($id: ID!) { node(id: $id) { ... on Informant @include(if: true) { codeName } } }",
        "Informant.codeName")]
    [InlineData(
        "query($id: ID!, $keep: Boolean = true) { node(id: $id) { ... @include(if: $keep) { ... on Tip { " +
        "content } } } }", "Tip.content")]
    public async Task Fragments_interfaces_aliases_and_directives_are_no_way_around_the_check(string query,
        params string[] denied)
    {
        var response = await dashboard.PostAsync(query, new { id = await InformantIdAsync() });

        response.AssertDenied(denied);
    }

    [Fact]
    public async Task A_field_left_out_by_skip_or_include_is_not_executed_and_not_refused()
    {
        var data = await dashboard.QueryAsync(
            "query($show: Boolean!) { offices { totalCount } informants @skip(if: true) { totalCount } residents " +
            "@include(if: $show) { totalCount } }",
            new { show = false });

        Assert.Equal(["offices"], data.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Only_the_executed_operation_and_its_fragments_are_checked()
    {
        const string document = "query Mine { offices { totalCount } } query Theirs { informants { ...Secret } } " +
            "fragment Secret on InformantConnection { totalCount }";

        var mine = await dashboard.PostAsync(document, operationName: "Mine");
        var theirs = await dashboard.PostAsync(document, operationName: "Theirs");

        mine.AssertSuccess();
        theirs.AssertDenied("Query.informants");
    }

    [Fact]
    public async Task Get_is_checked_like_post()
    {
        var response = await dashboard.GetAsync("{ informants { totalCount } }");

        response.AssertDenied("Query.informants");
    }

    [Fact]
    public async Task Each_refused_selection_is_an_error_and_each_refused_field_is_audited()
    {
        var before = (await factory.AuditRecordsAsync("graphql.denied:Query.residents", Dashboard)).Count;

        var response = await dashboard.PostAsync(
            "{ a: residents { totalCount } b: residents { totalCount } houses { totalCount } }");

        response.AssertDenied("Query.residents", "Query.houses");
        Assert.Equal(3, response.Errors.Count);
        var records = await factory.AuditRecordsAsync("graphql.denied:Query.residents", Dashboard);
        Assert.Equal(before + 1, records.Count);
        Assert.Equal(AuditOutcome.Denied, records[^1].Outcome);
        Assert.NotEmpty(await factory.AuditRecordsAsync("graphql.denied:Query.houses", Dashboard));
    }

    [Fact]
    public async Task Introspection_is_open_to_every_signed_in_caller()
    {
        var data = await dashboard.QueryAsync(
            "{ __typename __schema { queryType { name } } __type(name: \"Informant\") { fields { name } } }");

        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains(data["__type"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "codeName");
    }

    [Fact]
    public async Task Without_a_token_nothing_is_read()
    {
        var response = await factory.CreateAnonymousGraphQLClient().PostAsync("{ offices { totalCount } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    private async Task<string> InformantIdAsync() =>
        GlobalId.Encode("Informant", await factory.WithDbAsync(db => db.Informants.Select(i => i.Id).FirstAsync()));
}

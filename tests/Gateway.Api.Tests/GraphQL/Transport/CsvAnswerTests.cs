using System.Net;
using System.Text.Json;
using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Tests.Infrastructure;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// <c>Accept: text/csv</c> turns an answer of one list of objects into RFC 4180 CSV, columns in selection order under
/// their response names; anything else, and any answer with errors, stays JSON.
/// </summary>
[Collection(TransportCollection.Name)]
public sealed class CsvAnswerTests(GatewayApiFactory factory)
{
    private const string Csv = "text/csv";
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    [Fact]
    public async Task One_list_of_objects_is_written_as_csv_with_columns_in_selection_order()
    {
        const string Query = "{ offices(first: 2, order: [{ code: ASC }]) { totalCount nodes { name: code " +
            "...on OrgUnit { parent { code } } cameras } } }";
        var json = await client.QueryAsync(Query);

        var response = await client.PostAsync(Query, accept: Csv);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(Csv, response.MediaType);
        Assert.Equal("utf-8", response.ContentType!.CharSet);
        var rows = json["offices"]!["nodes"]!.AsArray().Select(n =>
            $"{n!["name"]},{n["parent"]?["code"]},{n["cameras"]}\r\n");
        Assert.Equal("name,parent.code,cameras\r\n" + string.Concat(rows), response.Body);
    }

    [Theory]
    [InlineData("application/json;q=0.5, text/csv", Csv)]
    [InlineData("text/csv;q=0.5, application/json", GraphQLClient.ApplicationJson)]
    [InlineData("text/csv, application/graphql-response+json;q=0.9", Csv)]
    [InlineData("text/*", Csv)]
    public async Task Csv_is_negotiated_with_q_values_beside_json(string accept, string expected)
    {
        var response = await client.GetAsync("{ offices(first: 1) { nodes { code } } }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
    }

    [Fact]
    public async Task A_published_document_over_get_can_be_had_as_csv()
    {
        var response = await client.GetRawAsync(
            $"?documentId={PersistedDocumentTests.IdOf("Offices")}&variables=%7B%22first%22%3A3%7D", Csv);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var lines = response.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,code,name,nameZh,openedOn,closedOn,cameras,mobilePoliceTerminals,version,parent.code",
            lines[0]);
        Assert.Equal(4, lines.Length);
    }

    [Theory]
    [InlineData("{ offices(first: 1) { totalCount } }", "0 lists")]
    [InlineData("{ offices(first: 1) { nodes { code } edges { cursor } } }", "2 lists")]
    [InlineData("{ offices(first: 1) { nodes { code grids(first: 2) { nodes { code } } } } }", "inside a row")]
    public async Task An_answer_that_is_not_one_table_is_refused_with_406_saying_what_csv_needs(string query,
        string mentions)
    {
        var response = await client.PostAsync(query, accept: Csv);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(GraphQLClient.ApplicationJson, response.MediaType);
        Assert.Contains("exactly one list of objects", response.ErrorMessages.Single());
        Assert.Contains(mentions, response.ErrorMessages.Single());
    }

    [Fact]
    public async Task An_answer_with_errors_is_json_with_a_4xx_status_never_a_partial_table()
    {
        var refused = await factory.CreateGraphQLClient("demo-dashboard")
            .PostAsync("{ offices(first: 1) { nodes { code } } residents(first: 1) { nodes { id } } }", accept: Csv);
        var invalid = await client.GetAsync("{ offices(first: 1) { nodes { nope } } }", accept: Csv);

        foreach (var response in new[] { refused, invalid })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal(GraphQLClient.ApplicationJson, response.MediaType);
            response.AssertSpecShapedErrors();
        }
    }

    // ---- the writer itself ----

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_missing_values_are_empty()
    {
        const string Query = "{ list { a b { c } } }";
        var data = JsonDocument.Parse("""
            { "list": [ { "a": "x, \"y\"", "b": { "c": 1.50 } }, { "a": "two\nlines", "b": null }, null ] }
            """).RootElement;

        var (csv, refusal) = Write(Query, data);

        Assert.Null(refusal);
        Assert.Equal("a,b.c\r\n\"x, \"\"y\"\"\",1.50\r\n\"two\nlines\",\r\n,\r\n", csv);
    }

    [Fact]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_led_by_an_apostrophe_and_numbers_pass_untouched()
    {
        const string Query = "{ list { a n } }";
        var data = JsonDocument.Parse("""
            { "list": [ { "a": "=HYPERLINK(\"http://x\")", "n": -3 }, { "a": "+1", "n": 0 },
              { "a": "@SUM(A1)", "n": 1 }, { "a": "-2", "n": 2 }, { "a": "南井", "n": 3 } ] }
            """).RootElement;

        var (csv, _) = Write(Query, data);

        Assert.Equal("a,n\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n'+1,0\r\n'@SUM(A1),1\r\n'-2,2\r\n南井,3\r\n",
            csv);
    }

    [Fact]
    public void An_empty_list_still_has_its_header_and_a_nested_list_deep_down_is_found()
    {
        const string Query = "{ report { period { rows: list { alias: a } } } }";
        var empty = JsonDocument.Parse("""{ "report": { "period": { "rows": [] } } }""").RootElement;

        Assert.Equal(("alias\r\n", null), Write(Query, empty));
    }

    [Fact]
    public void A_list_of_scalars_is_no_table()
    {
        var data = JsonDocument.Parse("""{ "codes": ["a", "b"] }""").RootElement;

        var (csv, refusal) = Write("{ codes }", data);

        Assert.Null(csv);
        Assert.Contains("does not hold objects", refusal);
    }

    private static (string?, string?) Write(string query, JsonElement data)
    {
        var document = Parser.Parse(query);
        return CsvAnswer.Write(data, document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());
    }
}

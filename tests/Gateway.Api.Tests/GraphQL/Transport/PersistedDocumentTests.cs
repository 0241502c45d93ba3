using System.Net;
using System.Text.Json.Nodes;
using Gateway.Api.GraphQL.Transport;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// The published documents of schema/operations/ run by id (<c>sha256:</c> + the file's SHA-256), over GET and POST;
/// schema/persisted-documents.json lists them and is checked against the files like the schema file is. Run the tests
/// with UPDATE_SCHEMA=1 to rewrite it after adding or changing a document.
/// </summary>
[Collection(TransportCollection.Name)]
public sealed class PersistedDocumentTests(GatewayApiFactory factory)
{
    private readonly GraphQLClient client = factory.CreateGraphQLClient();

    internal static string IdOf(string operationName) => PersistedDocument.IdOf(
        File.ReadAllBytes(RepositoryFiles.PathOf("schema", "operations", operationName + ".graphql")));

    private static IReadOnlyList<PersistedDocument> DocumentsOnDisk() =>
    [
        .. Directory.GetFiles(RepositoryFiles.PathOf("schema", "operations"), "*.graphql")
            .Select(f => PersistedDocument.From(Path.GetFileName(f), File.ReadAllBytes(f))),
    ];

    [Fact]
    public void Committed_manifest_matches_the_documents()
    {
        var generated = PersistedDocumentStore.Manifest(DocumentsOnDisk());
        var path = RepositoryFiles.PathOf("schema", "persisted-documents.json");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(path, generated);

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_SCHEMA=1.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == generated,
            "schema/persisted-documents.json differs from schema/operations/. " +
            "Run the tests with UPDATE_SCHEMA=1 and commit the file.");
    }

    [Fact]
    public void The_api_carries_exactly_the_documents_on_disk_under_the_ids_sha256sum_gives()
    {
        var built = new PersistedDocumentStore().Documents.ToDictionary(d => d.Id, d => d.File);
        var onDisk = DocumentsOnDisk();

        Assert.Equal(onDisk.Count, built.Count);
        Assert.All(onDisk, d => Assert.Equal(d.File, built.GetValueOrDefault(d.Id)));
        Assert.Matches("^sha256:[0-9a-f]{64}$", IdOf("Offices"));
    }

    [Fact]
    public async Task Get_runs_a_published_document_by_id_with_variables_and_operation_name()
    {
        var response = await client.GetRawAsync(
            $"?documentId={IdOf("Offices")}&operationName=Offices&variables=" +
            Uri.EscapeDataString("""{"first": 2}"""));

        response.AssertSuccess();
        Assert.Equal(2, response.Data!["offices"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Post_runs_a_published_document_by_id()
    {
        var body = new JsonObject
        {
            ["documentId"] = IdOf("Offices"),
            ["variables"] = new JsonObject { ["first"] = 1 },
        };

        var response = await client.PostRawAsync(body.ToJsonString());

        response.AssertSuccess();
        Assert.Single(response.Data!["offices"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task A_document_and_a_document_id_together_are_400()
    {
        var get = await client.GetRawAsync($"?documentId={IdOf("Offices")}&query=%7B__typename%7D");
        var post = await client.PostRawAsync(
            new JsonObject { ["documentId"] = IdOf("Offices"), ["query"] = "{ __typename }" }.ToJsonString());

        foreach (var response in new[] { get, post })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Contains("not both", response.ErrorMessages.Single());
        }
    }

    [Theory]
    [InlineData(GraphQLClient.GraphQLResponseJson)]
    [InlineData(GraphQLClient.ApplicationJson)]
    public async Task An_unknown_document_id_is_400_document_not_found(string accept)
    {
        var unknown = "sha256:" + new string('0', 64);

        var get = await client.GetRawAsync($"?documentId={unknown}", accept);
        var post = await client.PostRawAsync(new JsonObject { ["documentId"] = unknown }.ToJsonString(),
            accept: accept);

        foreach (var response in new[] { get, post })
        {
            Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
            Assert.Equal(["DOCUMENT_NOT_FOUND"], response.ErrorCodes);
            Assert.Null(response.Data);
        }
    }

    [Theory]
    [InlineData("sha256:ABC")]
    [InlineData("md5:0cc175b9c0f1b6a831c399e269772661")]
    [InlineData("Offices")]
    public async Task A_malformed_document_id_is_400(string documentId)
    {
        var response = await client.GetRawAsync("?documentId=" + Uri.EscapeDataString(documentId));

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.ToString());
        response.AssertSpecShapedErrors();
    }

    [Fact]
    public async Task A_document_id_must_be_a_string()
    {
        var response = await client.PostRawAsync("""{"documentId": 1}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("`documentId`", response.ErrorMessages.Single());
    }

    [Fact]
    public async Task A_published_mutation_runs_only_over_post()
    {
        var response = await client.GetRawAsync($"?documentId={IdOf("CreateGrid")}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["POST"], response.Allow);
    }
}

using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.GraphQL.Schema;

/// <summary>The example documents in <c>schema/operations</c> run against the schema as it is, without
/// errors.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class OperationDocumentTests(GatewayApiFactory factory)
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("schema", "operations"), "*.graphql")
            .Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_example_document_runs_without_errors(string file)
    {
        var document = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema", "operations", file));

        var response = await factory.CreateGraphQLClient().PostAsync(document);

        response.AssertSuccess();
    }
}

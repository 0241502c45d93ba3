using Gateway.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Schema;

/// <summary>
/// The example documents in schema/operations/ are valid against the schema the code builds, so the README and
/// clients that copy them never start from a broken example.
/// </summary>
[Collection(SeededCountyCollection.Name)]
public sealed class OperationDocumentTests(GatewayApiFactory factory)
{
    public static TheoryData<string> Documents() =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf("schema", "operations"), "*.graphql")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void There_are_example_documents() => Assert.NotEmpty(Documents());

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_document_is_one_named_operation_valid_against_the_schema(string file)
    {
        var text = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema", "operations", file));
        var document = Parser.Parse(text);
        var operation = Assert.Single(document.Definitions.OfType<GraphQLOperationDefinition>());
        Assert.Equal(Path.GetFileNameWithoutExtension(file), operation.Name?.StringValue);
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            RequestServices = factory.Services,
        });

        // The examples declare their variables for the caller to give; only the document itself is judged here.
        var errors = result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

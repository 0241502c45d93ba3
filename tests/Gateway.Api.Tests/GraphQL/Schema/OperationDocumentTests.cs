using Gateway.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Schema;

/// <summary>The example documents in schema/operations/ hold against the schema the code builds, so clients copying
/// them never start from a broken one.</summary>
[Collection(SeededCountyCollection.Name)]
public sealed class OperationDocumentTests(GatewayApiFactory factory)
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("schema", "operations"), "*.graphql").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task An_example_document_is_one_named_operation_valid_against_the_schema(string file)
    {
        var document = Parser.Parse(await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema", "operations", file)));
        var operation = Assert.Single(document.Definitions.OfType<GraphQLOperationDefinition>());
        Assert.Equal(Path.GetFileNameWithoutExtension(file), operation.Name?.StringValue);

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = factory.Services.GetRequiredService<ISchema>(),
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            RequestServices = null,
            User = null,
            CancellationToken = CancellationToken.None,
            Metrics = Metrics.None,
        });

        // The documents take their values from the caller, so the variables' values are not what is checked here.
        var errors = result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

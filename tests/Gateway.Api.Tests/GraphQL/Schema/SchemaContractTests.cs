using Gateway.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests.GraphQL.Schema;

/// <summary>
/// schema/schema.graphql is the contract: printed from the code and committed, so every schema change
/// shows in review. Run the tests with UPDATE_SCHEMA=1 to rewrite the file after an intended change.
/// </summary>
public sealed class SchemaContractTests
{
    [Fact]
    public void Committed_schema_matches_the_code()
    {
        var printed = PrintSchema();
        var path = Path.Combine(RepositoryFiles.Root, "schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_SCHEMA=1.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(committed == printed,
            "schema/schema.graphql differs from the schema the code builds. " +
            "Review the change, then run the tests with UPDATE_SCHEMA=1 and commit the file.");
    }

    internal static string PrintSchema()
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), $"gateway-schema-{Guid.NewGuid():N}.db");
        try
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
            {
                host.UseSetting("ConnectionStrings:Gateway", $"Data Source={databaseFile};Pooling=False");
                host.UseSetting("Database:SeedDemoCounty", "false");
            });
            var schema = factory.Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
                .ReplaceLineEndings("\n").TrimEnd() + "\n";
        }
        finally
        {
            File.Delete(databaseFile);
        }
    }
}

using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL.PersistedDocuments;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// One published document of schema/operations/: its id is <c>sha256:</c> and the lowercase hex SHA-256 of the file's
/// bytes (the GraphQL-over-HTTP persisted-documents convention), so <c>sha256sum</c> of the file gives it.
/// </summary>
public sealed record PersistedDocument(string Id, string File, string OperationName, string OperationType, string Text)
{
    public const string Folder = "schema/operations";

    public static PersistedDocument From(string fileName, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var operation = Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().Single();
        return new PersistedDocument(IdOf(bytes), $"{Folder}/{fileName}",
            operation.Name?.StringValue ?? Path.GetFileNameWithoutExtension(fileName),
            operation.Operation.ToString().ToLowerInvariant(), text);
    }

    public static string IdOf(ReadOnlySpan<byte> bytes) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>
/// The published documents built into the api (embedded from schema/operations/ by the project file), which
/// GraphQL.NET's persisted-document handler loads by id. schema/persisted-documents.json lists the same ids for
/// integrators.
/// </summary>
public sealed class PersistedDocumentStore : IPersistedDocumentLoader
{
    private const string ResourcePrefix = "PersistedDocuments/";

    private readonly FrozenDictionary<string, PersistedDocument> byId;

    public PersistedDocumentStore()
    {
        var assembly = typeof(PersistedDocumentStore).Assembly;
        byId = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return PersistedDocument.From(name[ResourcePrefix.Length..], bytes.ToArray());
            })
            .ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<PersistedDocument> Documents => byId.Values;

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload,
        CancellationToken cancellationToken) =>
        new(byId.GetValueOrDefault($"{documentIdPrefix}:{documentIdPayload}")?.Text);

    /// <summary>The text of schema/persisted-documents.json for <paramref name="documents"/>: id → operation and
    /// file, in file order, so a new document is one added entry in review.</summary>
    public static string Manifest(IEnumerable<PersistedDocument> documents)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var document in documents.OrderBy(d => d.File, StringComparer.Ordinal))
            {
                json.WriteStartObject(document.Id);
                json.WriteString("operationName", document.OperationName);
                json.WriteString("operationType", document.OperationType);
                json.WriteString("file", document.File);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}

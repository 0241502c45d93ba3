using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// Keeps the parsed documents that passed validation, by query text, so a repeated query skips parsing and the rules
/// that depend on the document alone. The rules that depend on the caller, the variables or the HTTP method run on
/// every request (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>, set by the endpoint).
/// </summary>
public sealed class ValidatedDocumentCache(IOptions<GraphQLHttpOptions> settings) : IConfigureExecution, IDisposable
{
    private readonly int capacity = settings.Value.CachedDocuments;
    private readonly MemoryCache documents =
        new(new MemoryCacheOptions { SizeLimit = Math.Max(settings.Value.CachedDocuments, 1) });

    public float SortOrder => 200;

    /// <summary>Documents held now.</summary>
    public int Count => documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        // Only an execution that names the rules to run again on a cached document takes part; any other is validated
        // in full.
        if (options.Document is not null || options.Query is not { } query
            || options.CachedDocumentValidationRules is not { } requestRules || capacity == 0)
            return await next(options);

        if (documents.TryGetValue(query, out GraphQLDocument? cached))
        {
            options.Document = cached;
            options.ValidationRules = requestRules;
        }
        var result = await next(options);
        // Only a document that passed every rule is kept.
        if (cached is null && result.Executed && result.Document is { } parsed)
            documents.Set(query, parsed,
                new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    public void Dispose() => documents.Dispose();
}

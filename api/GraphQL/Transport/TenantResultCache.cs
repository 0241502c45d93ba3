using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Api.Tenancy;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>Settings of the per-tenant result cache (configuration section <c>GraphQL:ResultCache</c>).</summary>
public sealed class ResultCacheOptions
{
    public const string Section = "GraphQL:ResultCache";
    /// <summary>How long an answer of shared aggregates is kept, and how long a browser may keep it; 0 turns the cache
    /// off.</summary>
    public int Seconds { get; set; } = 60;
    /// <summary>Bytes of answers kept at most, over all tenants; past it new answers are not kept until the oldest
    /// expire or are dropped.</summary>
    public long MaxBytes { get; set; } = 32 * 1024 * 1024;
}

/// <summary>One answer as written, with what it cost to compute (charged again to whoever it is given to).</summary>
public sealed record CachedAnswer(byte[] Body, string ContentType, double Cost, DateTimeOffset ExpiresAt);

/// <summary>
/// Answers of documents that select only shared aggregates (<c>CachedPerTenant</c> root fields), without errors, kept
/// for <see cref="ResultCacheOptions.Seconds"/> so dashboards polling the same numbers do not recompute them. An
/// answer is found only under everything that can change it: the caller's unit path, permission set and
/// second-factor flag, the document, operation, variables and extensions, the Accept-Language header and the media
/// type. Callers who agree on all of that would be given the same answer by executing, so they share it; a caller
/// differing in any of it never sees it.
/// </summary>
public sealed class TenantResultCache(IOptions<ResultCacheOptions> options, TimeProvider clock) : IDisposable
{
    private readonly ResultCacheOptions settings = options.Value;
    private readonly MemoryCache answers = new(new MemoryCacheOptions
    {
        SizeLimit = Math.Max(options.Value.MaxBytes, 1),
    });

    public bool Enabled => settings.Seconds > 0;

    /// <summary>Answers held now.</summary>
    public int Count => answers.Count;

    /// <summary>The key of a request's answer, or null when nothing may be kept for it (cache off, no tenant
    /// scope).</summary>
    public string? KeyFor(TenantScope scope, GraphQLHttpRequest request, string mediaType, string? acceptLanguage)
    {
        if (!Enabled || scope.UnitId is null || scope.IsSystem) return null;
        var document = request.DocumentId ?? PersistedDocument.IdOf(Encoding.UTF8.GetBytes(request.Query!));
        string[] parts =
        [
            scope.UnitPath,
            string.Join(',', scope.Permissions.Order(StringComparer.Ordinal)),
            scope.SignedInWithSecondFactor ? "2fa" : "1fa",
            document,
            request.OperationName ?? "",
            request.CanonicalVariables,
            request.CanonicalExtensions,
            acceptLanguage?.Trim() ?? "",
            mediaType,
        ];
        // A JSON array keeps the parts apart whatever they contain; its hash keeps big variables out of memory.
        return Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(parts)));
    }

    public CachedAnswer? Find(string key)
    {
        if (!answers.TryGetValue(key, out CachedAnswer? answer)) return null;
        if (answer!.ExpiresAt > clock.GetUtcNow()) return answer;
        answers.Remove(key);
        return null;
    }

    public CachedAnswer Keep(string key, byte[] body, string contentType, double cost)
    {
        var lifetime = TimeSpan.FromSeconds(settings.Seconds);
        var answer = new CachedAnswer(body, contentType, cost, clock.GetUtcNow() + lifetime);
        answers.Set(key, answer, new MemoryCacheEntryOptions
        {
            Size = Math.Max(body.Length, 1),
            AbsoluteExpirationRelativeToNow = lifetime,
        });
        return answer;
    }

    /// <summary>How long a browser may keep an answer kept until <paramref name="expiresAt"/>: no longer than the
    /// cache itself does.</summary>
    public int SecondsLeft(DateTimeOffset expiresAt) =>
        (int)Math.Max(0, Math.Ceiling((expiresAt - clock.GetUtcNow()).TotalSeconds));

    /// <summary>Until when a browser may keep a shared answer computed now and not kept here (the cache is off, or
    /// the caller has no unit).</summary>
    public DateTimeOffset ExpiryOfAnswerGivenNow() => clock.GetUtcNow() + TimeSpan.FromSeconds(settings.Seconds);

    public void Dispose() => answers.Dispose();

    /// <summary>JSON with object members in ordinal order at every depth and no insignificant whitespace, so
    /// variables written in another order or layout find the same answer.</summary>
    public static string Canonical(JsonElement value) => CanonicalNode(JsonNode.Parse(value.GetRawText()))
        ?.ToJsonString() ?? "null";

    private static JsonNode? CanonicalNode(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, CanonicalNode(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(CanonicalNode)]),
        _ => node?.DeepClone(),
    };
}

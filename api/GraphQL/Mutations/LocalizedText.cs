using Microsoft.Net.Http.Headers;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>A message for people, in Chinese and English; the caller's <c>Accept-Language</c> picks, Chinese by
/// default.</summary>
public sealed record LocalizedText(string Chinese, string English)
{
    public string For(HttpRequest? request) => PrefersEnglish(request) ? English : Chinese;

    /// <summary>English when the caller's most preferred language of the two is English (<c>en</c>, <c>en-US</c>,
    /// …).</summary>
    private static bool PrefersEnglish(HttpRequest? request)
    {
        if (request is null
            || !StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
            return false;
        // OrderByDescending is stable: among equal weights the caller's own order stands.
        foreach (var language in languages.Where(l => l.Quality is not 0).OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? "";
            if (Is(tag, "en")) return true;
            if (Is(tag, "zh")) return false;
        }
        return false;
    }

    private static bool Is(string tag, string language) =>
        tag.Equals(language, StringComparison.OrdinalIgnoreCase)
        || tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase);
}

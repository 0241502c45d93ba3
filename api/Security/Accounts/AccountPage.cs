using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Gateway.Api.Security.Accounts;

/// <summary>The one form the sign-in and sign-out pages are made of: hidden fields, an antiforgery token, never framed
/// or cached.</summary>
public static class AccountPage
{
    /// <summary>The pages' only style, inline: the content security policy allows exactly this text, by its
    /// hash.</summary>
    public const string PageStyle = """
        body { font: 16px system-ui, sans-serif; background: #f3f5f8; display: grid; place-items: center;
            min-height: 100vh; margin: 0; }
        form { background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 2px 12px #0002; display: grid;
            gap: 1rem; width: 20rem; }
        h1 { font-size: 1.25rem; margin: 0; } label { display: grid; gap: .25rem; }
        input { font: inherit; padding: .5rem; border: 1px solid #b8c0cc; border-radius: 4px; }
        button { font: inherit; padding: .6rem; background: #1d4e89; color: #fff; border: 0; border-radius: 4px;
            cursor: pointer; }
        [role=alert] { color: #a4161a; margin: 0; }
        """;

    public static IResult Render(HttpContext http, IAntiforgery antiforgery, string title, string action,
        IEnumerable<KeyValuePair<string, string>> hidden, string? error, string fields,
        int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var alert = error is null ? "" : $"""<p role="alert">{WebUtility.HtmlEncode(error)}</p>""";
        var inputs = string.Join("\n  ", hidden
            .Prepend(KeyValuePair.Create(tokens.FormFieldName, tokens.RequestToken ?? ""))
            .Select(f => $"""<input type="hidden" name="{WebUtility.HtmlEncode(f.Key)}" """
                + $"""value="{WebUtility.HtmlEncode(f.Value)}">"""));
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}} · Gateway</title>
            <style>{{PageStyle}}</style></head>
            <body><form method="post" action="{{action}}">
              <h1>Gateway · 社区警务</h1>
              {{alert}}
              {{inputs}}
              {{fields}}
            </form></body></html>
            """;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Frame-Options"] = "DENY";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}

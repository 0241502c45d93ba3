using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace Gateway.AdminUi.Tests;

/// <summary>
/// How the api serves the built page: deep links get the page, never cached and under a policy without
/// <c>unsafe-inline</c>; hashed assets are cached for a year; and the first load stays within its budget.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AdminUiServingTests(BrowserFixture fixture)
{
    private const int FirstLoadBudgetBytes = 350 * 1024;

    private HttpClient Http() => new() { BaseAddress = fixture.Host.Origin };

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/")]
    [InlineData("/admin/offices/T3JnVW5pdDo1")]
    [InlineData("/admin/callback?code=x&state=y")]
    public async Task Every_path_of_the_page_is_the_page_with_a_fresh_nonce_and_no_cache(string path)
    {
        using var http = Http();

        var first = await http.GetAsync(path);
        var second = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("connect-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        var nonce = NonceInPolicy().Match(policy).Groups[1].Value;
        Assert.Contains($"<meta name=\"csp-nonce\" content=\"{nonce}\" />", await first.Content.ReadAsStringAsync());
        Assert.NotEqual(nonce,
            NonceInPolicy().Match(second.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/personnel")]
    [InlineData("/admin/graphiql")]
    public async Task Head_answers_like_get_without_the_body(string path)
    {
        using var http = Http();

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", head.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self';", head.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_graphiql_page_admits_inline_style_attributes_and_nothing_else_inline()
    {
        using var http = Http();

        var page = await http.GetAsync("/admin/graphiql");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>GraphiQL", await page.Content.ReadAsStringAsync());
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("style-src-attr 'unsafe-inline'", policy);
        Assert.Equal(1, policy.Split("unsafe-inline").Length - 1);
        Assert.Contains("script-src 'self';", policy);
        Assert.Matches("style-src 'self' 'nonce-[^']+';", policy);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year_and_other_files_are_not_served()
    {
        using var http = Http();
        var page = await http.GetStringAsync("/admin/");
        var script = AssetsOf(page).First(a => a.EndsWith(".js", StringComparison.Ordinal));

        var asset = await http.GetAsync(script);

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/admin/assets/missing-0000.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await http.GetAsync("/admin/assets/..%2F..%2Fappsettings.json")).StatusCode);
    }

    [Fact]
    public async Task The_first_load_is_within_350_KB_gzipped()
    {
        using var http = Http();
        var page = await http.GetStringAsync("/admin/");

        var total = await GzippedSizeAsync(System.Text.Encoding.UTF8.GetBytes(page));
        foreach (var asset in AssetsOf(page)) total += await GzippedSizeAsync(await http.GetByteArrayAsync(asset));

        Assert.True(total <= FirstLoadBudgetBytes, $"The first load is {total / 1024.0:F1} KB gzipped.");
    }

    private static IEnumerable<string> AssetsOf(string page) =>
        AssetReference().Matches(page).Select(m => m.Groups[1].Value);

    private static async Task<long> GzippedSizeAsync(byte[] content)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            await gzip.WriteAsync(content);
        return buffer.Length;
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("(?:src|href)=\"(/admin/assets/[^\"]+)\"")]
    private static partial Regex AssetReference();
}

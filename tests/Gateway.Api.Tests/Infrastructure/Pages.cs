using System.Text.Json.Nodes;

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// Follows a connection's cursors page by page, and fails the test at once when paging goes wrong: a cursor handed out
/// a second time, a row on two pages, a page that says more follow but brings no row, or more than a set number of
/// pages. A cursor that does not move past its own row would otherwise keep a test paging until the run is killed.
/// </summary>
public static class Pages
{
    public const int DefaultMaxPages = 1_000;

    /// <summary>
    /// Every page from the start, following <c>endCursor</c> while <c>hasNextPage</c>. <paramref name="fetch"/> gets
    /// the cursor to read after (null for the first page) and returns the connection (<c>nodes</c> or <c>edges</c>,
    /// and <c>pageInfo</c>), or null to stop early when it has recorded a failure of its own.
    /// </summary>
    public static Task<List<JsonNode>> ForwardAsync(
        string connection, Func<string?, Task<JsonNode?>> fetch, int maxPages = DefaultMaxPages) =>
        FollowAsync(connection, fetch, "hasNextPage", "endCursor", maxPages);

    /// <summary>
    /// Every page from the end, following <c>startCursor</c> while <c>hasPreviousPage</c>; the pages come back in
    /// the order read, the last page of the connection first.
    /// </summary>
    public static Task<List<JsonNode>> BackwardAsync(
        string connection, Func<string?, Task<JsonNode?>> fetch, int maxPages = DefaultMaxPages) =>
        FollowAsync(connection, fetch, "hasPreviousPage", "startCursor", maxPages);

    /// <summary>The rows of a connection object: its <c>nodes</c>, or the <c>node</c> of each of its
    /// <c>edges</c>.</summary>
    public static List<JsonNode> RowsOf(JsonNode connection) =>
        connection["nodes"] is JsonArray nodes
            ? [.. nodes.Select(n => n!)]
            : [.. (connection["edges"]?.AsArray() ?? []).Select(e => e!["node"]!)];

    private static async Task<List<JsonNode>> FollowAsync(
        string connection, Func<string?, Task<JsonNode?>> fetch, string hasMore, string cursorField, int maxPages)
    {
        var pages = new List<JsonNode>();
        var cursors = new HashSet<string>();
        var ids = new HashSet<string>();
        string? cursor = null;
        while (true)
        {
            Assert.True(pages.Count < maxPages,
                $"Paging `{connection}` went past {maxPages} pages without reaching the end.");
            if (await fetch(cursor) is not { } page) return pages;
            pages.Add(page);
            var pageInfo = page["pageInfo"]
                ?? throw new InvalidOperationException($"Select `pageInfo` on `{connection}` to page through it.");
            var rows = RowsOf(page);
            // Rows without a selected id cannot be told apart; only an empty page that promises more is caught then.
            foreach (var id in rows.Select(r => r["id"]?.GetValue<string>()).OfType<string>())
                Assert.True(ids.Add(id),
                    $"Paging `{connection}`: page {pages.Count} (from cursor {cursor}) brought {id} again.");
            if (!pageInfo[hasMore]!.GetValue<bool>()) return pages;

            Assert.True(rows.Count > 0, $"Paging `{connection}`: page {pages.Count} is empty but says more follow.");
            var next = pageInfo[cursorField]?.GetValue<string>();
            Assert.True(next is not null,
                $"Paging `{connection}`: page {pages.Count} says more follow but has no {cursorField}.");
            Assert.True(cursors.Add(next),
                $"Paging `{connection}`: page {pages.Count} handed out the {cursorField} {next} again; the cursor " +
                "does not move on.");
            cursor = next;
        }
    }
}

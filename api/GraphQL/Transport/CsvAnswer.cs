using System.Text;
using System.Text.Json;
using GraphQLParser.AST;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>
/// Writes an answer's data as RFC 4180 CSV for tools that read tables (<c>Accept: text/csv</c>): the data must hold
/// exactly one list of objects, at any depth, and no list inside its rows. Columns are the list's selected fields in
/// selection order, named by their response names (aliases give stable names), nested objects flattened as
/// <c>parent.child</c>; so an empty list still has its header.
/// </summary>
public static class CsvAnswer
{
    public const string MediaType = "text/csv";

    public const string Requirement =
        "A CSV answer needs a document whose data holds exactly one list of objects (at any depth) and no list " +
        "inside that list's rows; select the rows' fields as columns (nested objects become parent.child columns).";

    /// <summary>The CSV text of <paramref name="data"/> (the answer's <c>data</c>), or the reason it has
    /// none.</summary>
    public static (string? Csv, string? Refusal) Write(JsonElement data, GraphQLDocument document,
        GraphQLOperationDefinition operation)
    {
        var lists = new List<(string[] Path, JsonElement List)>();
        if (FindLists(data, [], lists) is { } nested)
            return (null, $"{Requirement} This answer has a list inside a row, at {nested}.");
        if (lists.Count != 1)
            return (null, $"{Requirement} This answer has {lists.Count} lists" +
                (lists.Count == 0 ? "." : $": {string.Join(", ", lists.Select(l => string.Join('.', l.Path)))}."));

        var (path, rows) = lists[0];
        var selections = SelectionsAt(document, operation.SelectionSet.Selections, path);
        var columns = new List<string>();
        AddColumns(document, selections, "", columns);
        if (columns.Count == 0 || rows.EnumerateArray().Any(r => r.ValueKind is not (JsonValueKind.Object
                or JsonValueKind.Null)))
            return (null, $"{Requirement} The list at {string.Join('.', path)} does not hold objects.");

        var csv = new StringBuilder();
        AppendRecord(csv, columns);
        foreach (var row in rows.EnumerateArray())
            AppendRecord(csv, columns.Select(column => CellOf(row, column)));
        return (csv.ToString(), null);
    }

    /// <summary>Collects the lists outside any list; returns the path of a list found inside one.</summary>
    private static string? FindLists(JsonElement value, string[] path, List<(string[], JsonElement)> lists)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                    if (FindLists(member.Value, [.. path, member.Name], lists) is { } nested) return nested;
                return null;
            case JsonValueKind.Array:
                lists.Add((path, value));
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (FirstListIn(item, [.. path, index.ToString(System.Globalization.CultureInfo.InvariantCulture)])
                        is { } nested) return nested;
                    index++;
                }
                return null;
            default:
                return null;
        }
    }

    private static string? FirstListIn(JsonElement value, string[] path) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join('.', path),
        JsonValueKind.Object => value.EnumerateObject()
            .Select(member => FirstListIn(member.Value, [.. path, member.Name]))
            .FirstOrDefault(nested => nested is not null),
        _ => null,
    };

    /// <summary>The selections under the field at <paramref name="path"/> (response names), fragments
    /// included.</summary>
    private static List<ASTNode> SelectionsAt(GraphQLDocument document, IEnumerable<ASTNode> selections,
        IEnumerable<string> path)
    {
        var current = selections.ToList();
        foreach (var name in path)
            current = [.. SelectedFields.Of(document, current)
                .Where(field => SelectedFields.ResponseName(field) == name)
                .SelectMany(field => field.SelectionSet?.Selections ?? [])];
        return current;
    }

    private static void AddColumns(GraphQLDocument document, IEnumerable<ASTNode> selections, string prefix,
        List<string> columns)
    {
        foreach (var field in SelectedFields.Of(document, selections))
        {
            var name = prefix + SelectedFields.ResponseName(field);
            if (field.SelectionSet is { } nested) AddColumns(document, nested.Selections, name + ".", columns);
            else if (!columns.Contains(name)) columns.Add(name);
        }
    }

    private static string CellOf(JsonElement row, string column)
    {
        var value = row;
        foreach (var name in column.Split('.'))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value)) return "";
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => Inert(value.GetString()!),
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            // Numbers as written (no float round trip), booleans as true/false, a JSON scalar as its JSON.
            _ => value.GetRawText(),
        };
    }

    /// <summary>Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is led by an
    /// apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection); numbers are JSON numbers, never
    /// text, so they pass untouched.</summary>
    private static string Inert(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void AppendRecord(StringBuilder csv, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) csv.Append(',');
            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) csv.Append(field);
            else csv.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
        }
        csv.Append("\r\n");
    }
}

using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Api.GraphQL.Schema;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Gateway.Api.GraphQL.Transport;

/// <summary>One selected field of a flat row: its name in the answer, where it was asked, its definition and the
/// scalar it is written as.</summary>
public sealed record FlatColumn(string Name, GraphQLField Field, FieldType Definition, ScalarGraphType Scalar,
    bool NonNull);

/// <summary>
/// Resolves a list of rows of a type marked <see cref="FlatRowMetadata"/> in one pass: each selected field of each
/// row is resolved and serialized straight into one table, which the answer's writer writes as the list. Node by node,
/// GraphQL.NET builds, executes, completes, validates and later walks an execution node for every value: most of a
/// statistics answer's time was spent there for a few tens of thousands of numbers. Anything the pass does not expect
/// (a field that throws, a null where none may be, a pending or deferred value) hands the whole list back to the
/// ordinary execution, which then answers exactly as it would have, errors included.
/// </summary>
public static class FlatRowLists
{
    /// <summary>The columns of <paramref name="fields"/> on <paramref name="rowType"/>, or null when the type is not
    /// marked, some field is not a scalar or enum, or none is left (all skipped): rows of no columns are left to the
    /// ordinary execution.</summary>
    public static FlatColumn[]? ColumnsOf(IObjectGraphType rowType,
        IReadOnlyList<(GraphQLField Field, FieldType Definition)> fields)
    {
        if (!rowType.IsResolvedAsFlatRows() || fields.Count == 0) return null;
        var columns = new FlatColumn[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var (field, definition) = fields[i];
            var type = definition.ResolvedType;
            var nonNull = type is NonNullGraphType;
            if (type is NonNullGraphType wrapped) type = wrapped.ResolvedType;
            if (type is not ScalarGraphType scalar) return null;
            columns[i] = new(field.Alias?.Name.StringValue ?? definition.Name, field, definition, scalar, nonNull);
        }
        return columns;
    }

    /// <summary>The rows of <paramref name="list"/> resolved under <paramref name="columns"/>, or false when the
    /// ordinary execution must resolve them.</summary>
    public static bool TryResolve(ExecutionContext context, ArrayExecutionNode list, IObjectGraphType rowType,
        bool rowsNonNull, FlatColumn[] columns, [NotNullWhen(true)] out FlatRows? table)
    {
        table = null;
        if (list.Result is not IList rows) return false;
        // One node and one resolver context per column, their parent given each row in turn: what a resolver reads
        // of its context (the source, the field, the arguments, the request) is what it would read on its own node.
        var row = new ObjectExecutionNode(list, rowType, list.Field, list.FieldDefinition, 0);
        var contexts = new ReadonlyResolveFieldContext[columns.Length];
        for (var c = 0; c < columns.Length; c++)
            contexts[c] = new(new ValueExecutionNode(row, columns[c].Scalar, columns[c].Field, columns[c].Definition,
                null), context);
        var values = new object?[rows.Count * columns.Length];
        // A date often repeats from row to row (a bucket's start), and serializing one is a formatting each time.
        var (lastResolved, lastSerialized) = (new object?[columns.Length], new object?[columns.Length]);
        bool[]? nullRows = null;
        for (var r = 0; r < rows.Count; r++)
        {
            if ((r & 255) == 0) context.CancellationToken.ThrowIfCancellationRequested();
            if (rows[r] is not { } source)
            {
                if (rowsNonNull) return false;
                (nullRows ??= new bool[rows.Count])[r] = true;
                continue;
            }
            if (rowType.IsTypeOf is { } isTypeOf && !rowType.SkipTypeCheck && !isTypeOf(source)) return false;
            row.Result = source;
            for (var c = 0; c < columns.Length; c++)
            {
                var column = columns[c];
                object? value;
                try
                {
                    var resolving = (column.Definition.Resolver ?? NameFieldResolver.Instance)
                        .ResolveAsync(contexts[c]);
                    if (!resolving.IsCompletedSuccessfully || resolving.Result is IDataLoaderResult) return false;
                    var resolved = resolving.Result;
                    if (Identical(resolved, lastResolved[c])) value = lastSerialized[c];
                    else
                    {
                        value = column.Scalar.Serialize(resolved);
                        (lastResolved[c], lastSerialized[c]) = (resolved, value);
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    return false;
                }
                if (value is null && column.NonNull) return false;
                values[r * columns.Length + c] = value;
            }
        }
        table = new FlatRows([.. columns.Select(c => c.Name)], values, nullRows);
        return true;
    }

    /// <summary>Whether two dates are the same to the last detail a scalar writes: an instant at another offset is
    /// written otherwise, so <see cref="DateTimeOffset.Equals(DateTimeOffset)"/> will not do.</summary>
    private static bool Identical(object? value, object? before) => (value, before) switch
    {
        (DateTimeOffset moment, DateTimeOffset other) => moment.EqualsExact(other),
        (DateOnly day, DateOnly other) => day == other,
        _ => false,
    };
}

/// <summary>A list of flat rows, resolved and serialized: what <see cref="FlatRowJsonConverter"/> writes. Read
/// elsewhere, each row is a dictionary of its columns in order.</summary>
public sealed class FlatRows(string[] columns, object?[] values, bool[]? nullRows) : IEnumerable<FlatRow?>
{
    private (JsonNamingPolicy? Policy, JavaScriptEncoder? Encoder, JsonEncodedText[] Names)? written;

    public IReadOnlyList<string> Columns => columns;

    internal int ColumnNamed(string name) => Array.IndexOf(columns, name);

    public int Count => values.Length / columns.Length;

    internal object? Value(int row, int column) => values[row * columns.Length + column];

    /// <summary>The columns' names as a writer under <paramref name="options"/> writes them, converted and escaped
    /// once for the whole list.</summary>
    internal JsonEncodedText[] NamesUnder(JsonSerializerOptions options)
    {
        var (policy, encoder) = (options.PropertyNamingPolicy, options.Encoder);
        if (written is { } names && names.Policy == policy && names.Encoder == encoder) return names.Names;
        written = (policy, encoder,
            [.. columns.Select(c => JsonEncodedText.Encode(policy?.ConvertName(c) ?? c, encoder))]);
        return written.Value.Names;
    }

    public IEnumerator<FlatRow?> GetEnumerator()
    {
        for (var r = 0; r < Count; r++) yield return nullRows?[r] == true ? null : new FlatRow(this, r);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>One row of <see cref="FlatRows"/>.</summary>
public sealed class FlatRow(FlatRows table, int index) : IReadOnlyDictionary<string, object?>
{
    internal FlatRows Table => table;

    internal object? Value(int column) => table.Value(index, column);

    public int Count => table.Columns.Count;

    public IEnumerable<string> Keys => table.Columns;

    public IEnumerable<object?> Values => table.Columns.Select((_, c) => Value(c));

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => table.ColumnNamed(key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        var column = table.ColumnNamed(key);
        value = column < 0 ? null : Value(column);
        return column >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        table.Columns.Select((name, c) => KeyValuePair.Create(name, Value(c))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Writes a <see cref="FlatRow"/> as the object GraphQL.NET's writer writes for a row's node: its columns in
/// order, named under the options' naming policy, each value as the serializer writes it.</summary>
public sealed class FlatRowJsonConverter : JsonConverter<FlatRow>
{
    public override FlatRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Flat rows are only written.");

    public override void Write(Utf8JsonWriter writer, FlatRow row, JsonSerializerOptions options)
    {
        var names = row.Table.NamesUnder(options);
        var plainNumbers = options.NumberHandling == JsonNumberHandling.Strict;
        writer.WriteStartObject();
        for (var c = 0; c < names.Length; c++)
        {
            writer.WritePropertyName(names[c]);
            // What the serializer's own converters write for these, without looking the converter up each time.
            switch (row.Value(c))
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case int number when plainNumbers:
                    writer.WriteNumberValue(number);
                    break;
                case var value:
                    JsonSerializer.Serialize(writer, value, options);
                    break;
            }
        }
        writer.WriteEndObject();
    }
}

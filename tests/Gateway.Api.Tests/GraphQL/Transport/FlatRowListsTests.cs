using System.Text.Encodings.Web;
using Gateway.Api.GraphQL.Schema;
using Gateway.Api.GraphQL.Transport;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Api.Tests.GraphQL.Transport;

/// <summary>
/// A list of rows of a flat row type is resolved in one pass, and answers byte for byte what GraphQL.NET's own serial
/// execution answers for the same document: values, aliases, <c>@skip</c> and <c>@include</c>, null rows, and, when a
/// field throws or a non-null field is null, the same errors at the same paths and the same nulls.
/// </summary>
public sealed class FlatRowListsTests
{
    private static readonly ISchema Schema = RowSchema.Build();

    private static readonly GraphQLSerializer Serializer = new(options =>
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new FlatRowJsonConverter());
    });

    [Theory]
    [InlineData("{ rows { number text rate at kind __typename n: number } }")]
    [InlineData("{ rows { ...on Row { kind } number text } }")]
    [InlineData("{ rows(count: 0) { number } }")]
    [InlineData("{ nullableRows { number text } }")]
    [InlineData("query($skip: Boolean!, $include: Boolean!) { rows { number @skip(if: $skip) " +
        "text @include(if: $include) rate } }")]
    public async Task Rows_resolved_in_one_pass_answer_what_node_by_node_execution_answers(string document)
    {
        var (flat, plain) = await BothAsync(document);

        Assert.Equal(plain.Json, flat.Json);
        Assert.True(flat.OnePass);
        Assert.False(plain.OnePass);
    }

    [Theory]
    [InlineData("{ rows { number failing } }")]
    [InlineData("{ rows { number nonNullButNull } }")]
    [InlineData("{ nullableRows { number nonNullButNull } }")]
    [InlineData("{ rows { number self { text } } }")]
    [InlineData("query($skip: Boolean!) { rows { number @skip(if: $skip) } }")]
    public async Task Rows_the_pass_does_not_expect_are_answered_node_by_node(string document)
    {
        var (flat, plain) = await BothAsync(document);

        Assert.Equal(plain.Json, flat.Json);
        Assert.False(flat.OnePass);
    }

    [Fact]
    public async Task A_field_that_throws_is_an_error_at_its_row()
    {
        var (flat, _) = await BothAsync("{ rows { number failing } }");

        Assert.Contains("\"path\":[\"rows\",2,\"failing\"]", flat.Json);
    }

    [Fact]
    public void A_row_read_elsewhere_is_a_dictionary_of_its_columns_in_order()
    {
        var table = new FlatRows(["number", "text"], [1, "一", 2, null], null);

        var rows = table.ToList();

        Assert.Equal([KeyValuePair.Create("number", (object?)1), KeyValuePair.Create("text", (object?)"一")],
            rows[0]!.ToList());
        Assert.Null(rows[1]!["text"]);
        Assert.False(rows[1]!.ContainsKey("rate"));
    }

    private static async Task<(Answer Flat, Answer Plain)> BothAsync(string document) =>
        (await RunAsync(document, new CollectOnceExecutionStrategy()),
            await RunAsync(document, SerialExecutionStrategy.Instance));

    private sealed record Answer(string Json, bool OnePass);

    private static async Task<Answer> RunAsync(string document, IExecutionStrategy strategy)
    {
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(strategy, OperationType.Query)]),
            []);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = document,
            Variables = new Inputs(new Dictionary<string, object?> { ["skip"] = true, ["include"] = false }),
        });
        return new(Serializer.Serialize(result), OnePass(result.Data as ExecutionNode));
    }

    private static bool OnePass(ExecutionNode? node) => node switch
    {
        ArrayExecutionNode { SerializedResult: FlatRows } => true,
        IParentExecutionNode parent => parent.GetChildNodes().Any(OnePass),
        _ => false,
    };

    private enum RowKind { Visit, Check }

    private sealed record Row(int Number, string? Text, double? Rate, DateTimeOffset At, RowKind Kind);

    private sealed class RowType : ObjectGraphType<Row>
    {
        public RowType()
        {
            Name = "Row";
            this.ResolvedAsFlatRows();
            Field(r => r.Number);
            Field(r => r.Text, nullable: true);
            Field(r => r.Rate, nullable: true);
            Field(r => r.At);
            Field<EnumerationGraphType<RowKind>>("kind").Resolve(ctx => ctx.Source.Kind);
            Field<StringGraphType>("failing").Resolve(ctx => ctx.Source.Number == 2
                ? throw new ExecutionError("No figure for this row.") : "fine");
            Field<NonNullGraphType<IntGraphType>>("nonNullButNull")
                .Resolve(ctx => ctx.Source.Number == 1 ? null : ctx.Source.Number);
            Field<RowType>("self").Resolve(ctx => ctx.Source);
        }
    }

    private static class RowSchema
    {
        private static readonly Row[] Rows =
        [
            new(0, "网格", 0.5, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), RowKind.Visit),
            new(1, null, null, new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(8)), RowKind.Check),
            // The same moment and kind as the row before: a repeated date is serialized once.
            new(2, "\"quoted\"", 1.0 / 3, new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(8)),
                RowKind.Check),
            // The same instant again, at another offset: written otherwise.
            new(3, "", 2, new DateTimeOffset(2026, 11, 1, 16, 0, 0, TimeSpan.Zero), RowKind.Check),
        ];

        public static ISchema Build()
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<ListGraphType<NonNullGraphType<RowType>>>("rows")
                .Argument<IntGraphType>("count")
                .Resolve(ctx => Rows.Take(ctx.GetArgument("count", Rows.Length)).ToList());
            query.Field<ListGraphType<RowType>>("nullableRows").Resolve(ctx => new[] { Rows[0], null, Rows[1] });
            var schema = new global::GraphQL.Types.Schema { Query = query };
            schema.Initialize();
            return schema;
        }
    }
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Gateway.Api.GraphQL.Mapping;

internal static class Lambdas
{
    /// <summary>The body of a one-parameter lambda with <paramref name="argument"/> in its parameter's place, to reuse
    /// a selector inside bigger expressions.</summary>
    public static Expression Inline(this LambdaExpression lambda, Expression argument) =>
        ReplacingExpressionVisitor.Replace(lambda.Parameters[0], argument, lambda.Body);
}

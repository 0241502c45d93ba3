using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Api.Data;

/// <summary>
/// Keeps <c>EF.Functions.Like</c> (the filters' <c>contains</c>, <c>startsWith</c>, <c>endsWith</c>) ignoring the case
/// of ASCII letters on PostgreSQL as it does on SQLite: PostgreSQL's LIKE tells cases apart, its ILIKE does not, so
/// every such call is made an ILIKE before the query is compiled. Chinese text has no case on either engine.
/// </summary>
public sealed class PostgresLikeInterceptor : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly PostgresLikeInterceptor Instance = new();

    private static readonly Type[] WithEscape = [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)];

    private static readonly MethodInfo Like =
        typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), WithEscape)!;

    private static readonly MethodInfo ILike =
        typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), WithEscape)!;

    private PostgresLikeInterceptor()
    {
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node) =>
        node.Method == Like
            ? Expression.Call(ILike, node.Arguments.Select(Visit)!)
            : base.VisitMethodCall(node);
}

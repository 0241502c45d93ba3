using System.Linq.Expressions;

namespace Gateway.Api.GraphQL.Conventions;

/// <summary>Puts another expression where a lambda's parameter stood, so one selector can be reused inside bigger predicates.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Body(LambdaExpression lambda, Expression replacement) =>
        new ParameterRebinder(lambda.Parameters[0], replacement).Visit(lambda.Body);

    public static Expression Replace(Expression body, ParameterExpression from, Expression to) =>
        new ParameterRebinder(from, to).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}

using GraphQL.Types;

namespace Gateway.Api.Security.Authorization;

/// <summary>A page of rows; the permission check reads its rows' type through <see cref="Rows"/>.</summary>
public interface IConnectionGraphType
{
    /// <summary>The node type of the rows, once the schema is built.</summary>
    IGraphType? Rows { get; }
}

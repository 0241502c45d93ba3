using GraphQL;

namespace Gateway.Api.GraphQL.Filtering;

/// <summary>A <c>where</c> or <c>order</c> argument the service cannot apply, with the path of the offending
/// part.</summary>
public sealed class FilterError : ExecutionError
{
    public FilterError(string message) : base(message) => Code = "BAD_FILTER_ARGUMENT";
}

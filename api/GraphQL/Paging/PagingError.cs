using GraphQL;

namespace Gateway.Api.GraphQL.Paging;

public sealed class PagingError : ExecutionError
{
    public PagingError(string message) : base(message) => Code = "BAD_PAGING_ARGUMENT";
}

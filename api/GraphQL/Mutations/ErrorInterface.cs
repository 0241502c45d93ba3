using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>What every error in a mutation's payload has: <c>interface Error { message code path }</c>.</summary>
public sealed class ErrorInterface : InterfaceGraphType<MutationError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "Why a mutation was refused. Nothing was changed.";
        this.AllowAnyCaller();
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("For people: in Chinese, or in English when the request's Accept-Language prefers it.");
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("For programs: stable, e.g. NOT_FOUND, VALIDATION.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path")
            .Description(
                "The input field at fault, from the argument down, e.g. [\"input\", \"name\"]; null when none is.");
    }
}

using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

public sealed class WarningGraphType : ObjectGraphType<MutationWarning>
{
    public WarningGraphType()
    {
        Name = "Warning";
        Description =
            "A target the change leaves unmet (the change was made): a stable code and a message for people.";
        this.AllowAnyCaller();
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("For programs: stable, e.g. GRID_WITHOUT_GRID_WORKER.")
            .Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("For people: in Chinese, or in English when the request's Accept-Language prefers it.")
            .Resolve(ctx => ctx.Source.Message.For(
                ctx.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request));
    }
}

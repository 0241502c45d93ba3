using System.ComponentModel;
using System.Reflection;
using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// The graph type of one kind of mutation error, named after it and described by its
/// <see cref="DescriptionAttribute"/>. An error that carries more than message, code and path derives from this and
/// adds its fields.
/// </summary>
public class ErrorGraphType<TError> : ObjectGraphType<TError> where TError : MutationError
{
    public ErrorGraphType()
    {
        Name = typeof(TError).Name;
        Description = typeof(TError).GetCustomAttribute<DescriptionAttribute>()?.Description;
        Interface<ErrorInterface>();
        IsTypeOf = value => value is TError;
        this.AllowAnyCaller();
        Field<NonNullGraphType<StringGraphType>>("message")
            .Resolve(ctx => ctx.Source.Message.For(
                ctx.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request));
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(ctx => ctx.Source.Code);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path").Resolve(ctx => ctx.Source.Path);
    }
}

using Gateway.Api.Data;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>
    /// Declares <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>, run by <see cref="MutationRunner"/>. The
    /// input type is generated from <typeparamref name="TInput"/> (named VerbNounInput; <c>[Id]</c> and
    /// <c>[Description]</c>
    /// on its properties are honoured); the payload holds the changed object under <paramref name="resultField"/>
    /// and <c>errors: [VerbNounError!]</c>, a union of NotFoundError, ValidationError and <paramref name="moreErrors"/>
    /// (graph types of further errors). Declare the field's permission on the field returned, as for queries.
    /// </summary>
    public static FieldType Mutation<TInput, TTarget, TTargetType>(this ObjectGraphType mutation, string name,
        string description, string resultField, MutationSteps<TInput, TTarget> steps, params Type[] moreErrors)
        where TTarget : Entity where TTargetType : IGraphType
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        if (typeof(TInput).Name != typeName + "Input")
            throw new ArgumentException($"The input of {name} is named {typeName}Input, not {typeof(TInput).Name}.",
                nameof(name));

        if (typeof(IVersioned).IsAssignableFrom(typeof(TTarget)) && steps.ExpectedVersion is null)
            throw new ArgumentException($"{name} changes a versioned object, so its input names the version read.",
                nameof(steps));
        if (steps.ExpectedVersion is not null) moreErrors = [typeof(ErrorGraphType<ConflictError>), .. moreErrors];
        var errors = new UnionGraphType { Name = typeName + "Error", Description = $"Why {name} was refused." };
        foreach (var error in (Type[])[typeof(ErrorGraphType<NotFoundError>), typeof(ErrorGraphType<ValidationError>),
            .. moreErrors])
            errors.Type(error);
        var payload = new MutationPayloadType(name, resultField, typeof(TTargetType), errors);

        return mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(
                new QueryArgument<NonNullGraphType<AutoRegisteringInputObjectGraphType<TInput>>>
                {
                    Name = InputPath.Argument,
                }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
                await ctx.RequestServices!.GetRequiredService<MutationRunner>().RunAsync(name, payload.ResultTypeName,
                    ctx.GetArgument<TInput>(InputPath.Argument), steps, ctx.CancellationToken)),
        });
    }
}

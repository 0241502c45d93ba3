using Gateway.Api.Data;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>
    /// Declares <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c> that changes one existing object, run by
    /// <see cref="MutationRunner"/>: see <see cref="Mutation{TInput,TResult,TResultType}(ObjectGraphType,string,
    /// string,string,MutationCommand{TInput,TResult},Type[])"/>.
    /// </summary>
    public static FieldType Mutation<TInput, TTarget, TTargetType>(this ObjectGraphType mutation, string name,
        string description, string resultField, MutationSteps<TInput, TTarget> steps, params Type[] moreErrors)
        where TTarget : class, IIdentified where TTargetType : IGraphType
    {
        if (typeof(IVersioned).IsAssignableFrom(typeof(TTarget)) && steps.ExpectedVersion is null)
            throw new ArgumentException($"{name} changes a versioned object, so its input names the version read.",
                nameof(steps));
        return mutation.Mutation<TInput, TTarget, TTargetType>(name, description, resultField, steps.AsCommand(),
            moreErrors);
    }

    /// <summary>
    /// Declares <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>, run by <see cref="MutationRunner"/>. The
    /// input type is generated from <typeparamref name="TInput"/> (named VerbNounInput; <c>[Id]</c> and
    /// <c>[Description]</c> on its properties are honoured; an <see cref="IIdempotentInput"/> makes the create
    /// idempotent); the payload holds the object under <paramref name="resultField"/> and
    /// <c>errors: [VerbNounError!]</c>, a union of NotFoundError, ValidationError, ConflictError when the command
    /// may conflict, IdempotencyKeyReusedError for an idempotent input, and <paramref name="moreErrors"/> (graph
    /// types of further errors); <c>warnings</c> when the command reports them; and the command's one-time fields.
    /// Declare the field's permission on the field returned, as for queries.
    /// </summary>
    public static FieldType Mutation<TInput, TResult, TResultType>(this ObjectGraphType mutation, string name,
        string description, string resultField, MutationCommand<TInput, TResult> command, params Type[] moreErrors)
        where TResult : class, IIdentified where TResultType : IGraphType =>
        mutation.Mutation(typeof(TResultType), name, description, resultField, command, moreErrors);

    /// <summary>
    /// As <see cref="Mutation{TInput,TResult,TResultType}(ObjectGraphType,string,string,string,
    /// MutationCommand{TInput,TResult},Type[])"/>, with the result's graph type <paramref name="resultType"/> found at
    /// run time: for an area changing rows of a lower area, whose graph types it never names.
    /// </summary>
    public static FieldType Mutation<TInput, TResult>(this ObjectGraphType mutation, Type resultType, string name,
        string description, string resultField, MutationCommand<TInput, TResult> command, params Type[] moreErrors)
        where TResult : class, IIdentified
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        if (typeof(TInput).Name != typeName + "Input")
            throw new ArgumentException($"The input of {name} is named {typeName}Input, not {typeof(TInput).Name}.",
                nameof(name));

        Type[] errorTypes = [typeof(ErrorGraphType<NotFoundError>), typeof(ErrorGraphType<ValidationError>),
            .. command.MayConflict ? [typeof(ErrorGraphType<ConflictError>)] : Type.EmptyTypes,
            .. typeof(IIdempotentInput).IsAssignableFrom(typeof(TInput))
                ? [typeof(ErrorGraphType<IdempotencyKeyReusedError>)] : Type.EmptyTypes,
            .. moreErrors];
        var errors = new UnionGraphType { Name = typeName + "Error", Description = $"Why {name} was refused." };
        foreach (var error in errorTypes) errors.Type(error);
        var payload = new MutationPayloadType(name, resultField, resultType, errors, command.ReportsWarnings,
            command.OneTimeFields);

        return mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(
                new QueryArgument<NonNullGraphType<MutationInputGraphType<TInput>>>
                {
                    Name = InputPath.Argument,
                }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                var input = ctx.GetArgument<TInput>(InputPath.Argument);
                return await ctx.RequestServices!.GetRequiredService<MutationRunner>().RunAsync(name,
                    payload.ResultTypeName, input, command, ctx.CancellationToken, GivenInputFields.Of(input));
            }),
        });
    }
}

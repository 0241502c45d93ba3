using Gateway.Api.Security.Authorization;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// <c>VerbNounPayload { result: Target, errors: [VerbNounError!] }</c>: the changed object under its own name, or the
/// errors, a union of the error types the mutation may return; <c>warnings</c> too for a mutation that reports targets
/// it leaves unmet, and its one-time fields (a new secret), filled only by the change itself. The payload is structure;
/// what it holds carries its own permissions. Built once per mutation by its declaration, not by the container.
/// </summary>
[DoNotRegister]
public sealed class MutationPayloadType : ObjectGraphType<MutationPayload>
{
    private readonly FieldType result;

    public MutationPayloadType(string mutation, string resultField, Type resultGraphType, UnionGraphType errors,
        bool reportsWarnings, IReadOnlyList<OneTimeField> oneTimeFields)
    {
        Name = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Payload";
        Description = $"What {mutation} returns: the changed object, or the errors that refused the change.";
        this.AllowAnyCaller();
        result = AddField(new FieldType
        {
            Name = resultField,
            Description = "The object as changed; null when the change was refused.",
            Type = resultGraphType,
            Resolver = new FuncFieldResolver<MutationPayload, object?>(ctx => ctx.Source.Result),
        });
        foreach (var oneTime in oneTimeFields)
            AddField(new FieldType
            {
                Name = oneTime.Name,
                Description = oneTime.Description,
                Type = typeof(StringGraphType),
                Resolver = new FuncFieldResolver<MutationPayload, object?>(ctx =>
                    ctx.Source.ShownOnce.GetValueOrDefault(oneTime.Name)),
            });
        AddField(new FieldType
        {
            Name = "errors",
            Description = "Why the change was refused; null when it was made.",
            ResolvedType = new ListGraphType(new NonNullGraphType(errors)),
            Resolver = new FuncFieldResolver<MutationPayload, object?>(ctx => ctx.Source.Errors),
        });
        if (reportsWarnings)
            AddField(new FieldType
            {
                Name = "warnings",
                Description = "Targets the change leaves unmet; the change was made all the same. Empty when refused.",
                Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<WarningGraphType>>>),
                Resolver = new FuncFieldResolver<MutationPayload, object?>(ctx => ctx.Source.Warnings),
            });
    }

    /// <summary>The graph type name of the changed object, which its global ids carry.</summary>
    public string ResultTypeName => result.ResolvedType!.GetNamedType().Name;
}

using Gateway.Api.Audit;
using Gateway.Api.Tenancy;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Api.Security.Authorization;

/// <summary>
/// Refuses, before anything executes, every field of the executed operation that the caller may not read. A selected
/// field needs the permission declared on the field, on the type it is selected on (the interface for a field selected
/// on an interface, X for <c>... on X { f }</c>) and on the type it returns (for a connection, the type of its rows),
/// so a relation cannot reveal even how many rows of an unreadable type hang below a readable one. Fragments are
/// checked where the executed operation spreads them, whatever their nesting or aliases; what
/// <c>@skip</c>/<c>@include</c> leaves out is not executed and not checked. Introspection is open to every caller who
/// got past the endpoint's token check. Each refused selection is one ACCESS_DENIED error naming the field, never the
/// permission; each refused field is audited.
/// </summary>
public sealed class PermissionValidationRule : ValidationRuleBase
{
    public const string AccessDenied = "ACCESS_DENIED";
    public const string DeniedOperationPrefix = "graphql.denied:";

    public static readonly PermissionValidationRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new Visitor(context.RequestServices!.GetRequiredService<TenantScope>(),
            context.GetRecursivelyReferencedFragments(context.Operation, onlyUsed: true)));

    /// <param name="spreadFragments">The fragments the executed operation spreads, directly or not, where no directive
    /// leaves them out.</param>
    private sealed class Visitor(TenantScope caller, List<GraphQLFragmentDefinition>? spreadFragments) : INodeVisitor
    {
        private readonly SortedSet<string> deniedFields = new(StringComparer.Ordinal);
        /// <summary>Inside the executed operation or a fragment it spreads; other operations of the document do not
        /// run.</summary>
        private bool executed;
        /// <summary>The field or inline fragment that <c>@skip</c>/<c>@include</c> leaves out, until the walk leaves
        /// it.</summary>
        private ASTNode? leftOut;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    executed = operation == context.Operation;
                    break;
                case GraphQLFragmentDefinition fragment:
                    executed = spreadFragments?.Contains(fragment) == true;
                    break;
                case GraphQLField or GraphQLInlineFragment when executed && leftOut is null:
                    if (!context.ShouldIncludeNode(node)) leftOut = node;
                    else if (node is GraphQLField field) Check(field, context);
                    break;
            }
            return default;
        }

        public async ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node == leftOut) leftOut = null;
            // The document is the last node left: every refusal is known and the request will not execute.
            if (node is not GraphQLDocument || deniedFields.Count == 0) return;
            var audit = context.RequestServices!.GetRequiredService<AuditLog>();
            foreach (var field in deniedFields)
                await audit.RecordAsync(new AuditEntry(DeniedOperationPrefix + field, AuditOutcome.Denied, []),
                    CancellationToken.None);
        }

        private void Check(GraphQLField node, ValidationContext context)
        {
            var field = context.TypeInfo.GetFieldDef();
            var parent = context.TypeInfo.GetParentType()?.GetNamedType();
            // An unknown field is another rule's error; __typename, __schema, __type and the introspection types are
            // open.
            if (field is null || parent is null || IsIntrospection(field.Name) || IsIntrospection(parent.Name)) return;
            var returned = field.ResolvedType?.GetNamedType();
            if (MayRead(field) && MayRead(parent) && MayRead(returned)
                && MayRead((returned as IConnectionGraphType)?.Rows)) return;

            var coordinate = $"{parent.Name}.{field.Name}";
            deniedFields.Add(coordinate);
            context.ReportError(new AccessDeniedError(context.Document.Source, coordinate, node));
        }

        private bool MayRead(IProvideMetadata? element) =>
            element?.GetRequiredPermission() is not { } permission || caller.Has(permission);

        private static bool IsIntrospection(string name) => name.StartsWith("__", StringComparison.Ordinal);
    }

    public sealed class AccessDeniedError : ValidationError
    {
        public AccessDeniedError(ROM source, string coordinate, ASTNode node)
            : base(source, AccessDenied, $"Access denied: `{coordinate}` may not be read by this caller.", node) =>
                Code = AccessDenied;
    }
}

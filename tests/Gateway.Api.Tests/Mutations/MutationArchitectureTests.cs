using System.Text.RegularExpressions;
using Gateway.Api.GraphQL;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Tests.Infrastructure;

namespace Gateway.Api.Tests.Mutations;

/// <summary>
/// The shared mutation mechanism knows no domain area: every area builds on it, so none may leak into it. Areas are the
/// namespaces that contribute root fields (besides the GraphQL layer's own and the audit trail), with their type names.
/// </summary>
public sealed class MutationArchitectureTests
{
    private static readonly string MechanismFolder = RepositoryFiles.PathOf("api", "GraphQL", "Mutations");

    [Fact]
    public void The_mutation_mechanism_names_no_domain_area_or_its_types()
    {
        var names = DomainAreaNames();
        Assert.Contains("Offices", names);
        Assert.Contains("OrgUnit", names);
        var word = new Regex($@"\b({string.Join('|', names.Select(Regex.Escape))})\b");

        var offenders = Directory.EnumerateFiles(MechanismFolder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => word.IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepositoryFiles.Root, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "api/GraphQL/Mutations is shared by every area and names none:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_mechanisms_types_depend_on_no_domain_area()
    {
        var areas = DomainAreaNamespaces();
        var mechanism = typeof(MutationRunner).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(MutationRunner).Namespace).ToList();

        Assert.NotEmpty(mechanism);
        var offenders = mechanism.SelectMany(t => Referenced(t).Where(r => areas.Contains(r.Namespace ?? "")).Select(r => $"{t.Name} → {r.FullName}")).ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    private static HashSet<string> DomainAreaNamespaces() =>
        typeof(MutationRunner).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false }
                && (typeof(IQueryFields).IsAssignableFrom(t) || typeof(IMutationFields).IsAssignableFrom(t)))
            .Select(t => t.Namespace!)
            .Where(n => !n.StartsWith("Gateway.Api.GraphQL", StringComparison.Ordinal) && n != "Gateway.Api.Audit")
            .ToHashSet(StringComparer.Ordinal);

    private static List<string> DomainAreaNames()
    {
        var namespaces = DomainAreaNamespaces();
        return
        [
            .. namespaces.Select(n => n[(n.LastIndexOf('.') + 1)..]),
            .. typeof(MutationRunner).Assembly.GetTypes()
                .Where(t => t.IsPublic && namespaces.Contains(t.Namespace ?? "")).Select(t => t.Name),
        ];
    }

    /// <summary>Types named in the signatures of <paramref name="type"/>: its base, interfaces, fields, properties and methods.</summary>
    private static IEnumerable<Type> Referenced(Type type)
    {
        const System.Reflection.BindingFlags all = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
            | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
        IEnumerable<Type> direct =
        [
            .. type.BaseType is { } b ? [b] : Array.Empty<Type>(),
            .. type.GetInterfaces(),
            .. type.GetFields(all).Select(f => f.FieldType),
            .. type.GetProperties(all).Select(p => p.PropertyType),
            .. type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)),
            .. type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)),
        ];
        return direct.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.HasElementType ? Unwrap(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition())
        : [type];
}

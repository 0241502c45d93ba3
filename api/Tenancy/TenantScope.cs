namespace Gateway.Api.Tenancy;

/// <summary>
/// Who is asking, for this request: the org unit whose rows (and those below it) they may see, their permissions,
/// and the person they are, if any. Filled only from a validated token; empty means no rows at all.
/// </summary>
public sealed class TenantScope
{
    /// <summary>Matches no owner path (all of them start with "/"), so an unset scope fails closed.</summary>
    private const string NothingPath = "-";

    public long? UnitId { get; private set; }
    public string UnitPath { get; private set; } = NothingPath;

    /// <summary>
    /// The least string above every path that starts with <see cref="UnitPath"/>: the path with its last character
    /// incremented ("/1/2/5/" gives "/1/2/50"). Under ordinal (SQL BINARY) comparison, <c>UnitPath &lt;= p &lt;
    /// UnitPathEnd</c>
    /// holds exactly for the paths that start with <see cref="UnitPath"/>, and unlike LIKE it is a range an index can
    /// serve. Null for the system and for a unit at the top of the tree ("/1/"), which see nearly every row: there a
    /// scan in table order beats looking each row up through the index, so the row filters match the prefix instead.
    /// </summary>
    public string? UnitPathEnd { get; private set; } = EndOf(NothingPath);
    /// <summary>
    /// The paths of the caller's unit and of every unit above it, root first ("/1/", "/1/2/", "/1/2/5/"): the owners
    /// whose rows of a type shared downwards the caller reads. Empty for an unset scope, so it fails closed, and for
    /// the system, which reads every row anyway.
    /// </summary>
    public IReadOnlyList<string> UnitLine { get; private set; } = [];
    public IReadOnlySet<string> Permissions { get; private set; } = new HashSet<string>();
    public long? PersonId { get; private set; }
    public string Actor { get; private set; } = "anonymous";
    public string? ClientId { get; private set; }
    public bool IsSystem { get; private set; }
    /// <summary>Whether the caller is a person who signed in with an authenticator code as well as a password (the
    /// token's <c>amr</c>), which reading an informant's identity requires.</summary>
    public bool SignedInWithSecondFactor { get; private set; }
    public bool IsSet => UnitId is not null || IsSystem;

    /// <summary>Whether the caller's unit is the top of the tree (the county bureau, "/1/"), or the caller is the
    /// system.</summary>
    public bool IsTopOfTree => IsSystem || (UnitId is not null && UnitPath.Count(c => c == '/') == 2);

    public bool Has(string permission) => IsSystem || Permissions.Contains(permission);

    /// <summary>Whether a row owned at <paramref name="ownerPath"/> lies in this scope.</summary>
    public bool Covers(string ownerPath) => ownerPath.StartsWith(UnitPath, StringComparison.Ordinal);

    public void Enter(long unitId, string unitPath, IReadOnlySet<string> permissions, string actor, string? clientId,
        long? personId, bool signedInWithSecondFactor = false)
    {
        if (IsSet) throw new InvalidOperationException("The tenant scope of a request is set once.");
        if (!unitPath.StartsWith('/') || !unitPath.EndsWith('/'))
            throw new ArgumentException("Malformed unit path.", nameof(unitPath));
        (UnitId, UnitPath, UnitPathEnd, UnitLine, Permissions, Actor, ClientId, PersonId, SignedInWithSecondFactor) =
            (unitId, unitPath, EndOf(unitPath), LineOf(unitPath), permissions, actor, clientId, personId,
                signedInWithSecondFactor);
    }

    /// <summary>The caller of <paramref name="request"/>'s scope, for work of its request done in a service scope of
    /// its own (<see cref="Statistics.StatisticsWork"/>).</summary>
    public void EnterAs(TenantScope request)
    {
        if (request.IsSystem)
            EnterSystem();
        else if (request.UnitId is { } unitId)
            Enter(unitId, request.UnitPath, request.Permissions, request.Actor, request.ClientId, request.PersonId,
                request.SignedInWithSecondFactor);
        else
            throw new InvalidOperationException("The request's tenant scope is not set.");
    }

    /// <summary>For start-up work (migrations, seeding) and the audit writer: every row, no caller.</summary>
    public void EnterSystem()
    {
        if (IsSet) throw new InvalidOperationException("The tenant scope of a request is set once.");
        (IsSystem, UnitPath, UnitPathEnd, Actor) = (true, "/", EndOf("/"), "system");
    }

    private static IReadOnlyList<string> LineOf(string path)
    {
        var line = new List<string>();
        for (var end = path.IndexOf('/', 1); end > 0; end = path.IndexOf('/', end + 1)) line.Add(path[..(end + 1)]);
        return line;
    }

    private static string? EndOf(string path) =>
        path.Count(c => c == '/') <= 2 ? null : path[..^1] + (char)(path[^1] + 1);
}

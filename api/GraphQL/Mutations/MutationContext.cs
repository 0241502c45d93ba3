using System.Runtime.CompilerServices;
using Gateway.Api.Data;
using Gateway.Api.GraphQL.Mapping;
using Gateway.Api.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.GraphQL.Mutations;

/// <summary>
/// What a mutation's own steps work with inside <see cref="MutationRunner"/>'s transaction: the tenant-filtered
/// context, the caller, and the errors and warnings gathered so far. Rows are found by the global ids of the input,
/// so a missing id, another tenant's id and an id of the wrong type all refuse the mutation the same way, at the
/// path of the input field that held it.
/// </summary>
public sealed class MutationContext
{
    private readonly List<MutationError> errors = [];
    private readonly List<MutationWarning> warnings = [];
    private readonly Dictionary<string, string> shownOnce = [];
    private readonly List<OutgoingEvent> raised = [];
    private readonly Dictionary<object, (int Read, IReadOnlyList<string> Path)> versionsRead =
        new(ReferenceEqualityComparer.Instance);

    private readonly IdempotencyReceipts receipts;
    private readonly TimeProvider clock;
    private readonly IReadOnlySet<string>? givenFields;

    internal MutationContext(GatewayDbContext db, IServiceProvider services, string mutation, TimeProvider clock,
        IReadOnlySet<string>? givenFields)
    {
        (Db, Services, this.clock, this.givenFields) = (db, services, clock, givenFields);
        receipts = new IdempotencyReceipts(db, mutation);
    }

    public GatewayDbContext Db { get; }

    /// <summary>The request's services, for a change made through a scoped service of its own (Identity's user
    /// manager, OpenIddict's application manager), which works on the same context and transaction.</summary>
    public IServiceProvider Services { get; }

    public TenantScope Caller => Db.Scope;

    public IReadOnlyList<MutationError> Errors => errors;

    public IReadOnlyList<MutationWarning> Warnings => warnings;

    public bool IsRefused => errors.Count > 0;

    /// <summary>The events the change raised, written to the outbox in its transaction.</summary>
    internal IReadOnlyList<OutgoingEvent> Raised => raised;

    /// <summary>The values of the payload's one-time fields, by field name.</summary>
    public IReadOnlyDictionary<string, string> ShownOnce => shownOnce;

    /// <summary>The first row looked for, which the audit record names when the mutation creates nothing.</summary>
    internal (string Id, IReadOnlyList<string> Path)? Subject { get; private set; }

    /// <summary>
    /// Saves what the change has done so far, inside the mutation's transaction, for a step that needs what the
    /// database gives (a new row's id). The runner still saves at the end, and a refusal afterwards undoes this too.
    /// </summary>
    public Task SaveAsync(CancellationToken cancellationToken) => Db.SaveChangesAsync(cancellationToken);

    /// <summary>
    /// Whether the request wrote the input field of the C# property <paramref name="property"/>
    /// (<c>nameof(input.Phone)</c>), <c>null</c> included; false when it left the field out. Every field counts as
    /// written when the input was not parsed from a request.
    /// </summary>
    public bool Gave(string property) => givenFields?.Contains(InputPath.Of(property)[^1]) ?? true;

    /// <summary>Refuses the mutation: nothing it changed is saved.</summary>
    public void Refuse(MutationError error) => errors.Add(error);

    /// <summary>Reports something that breaks a target but not a rule: the change is made and the warning
    /// returned.</summary>
    public void Warn(MutationWarning warning) => warnings.Add(warning);

    /// <summary>Tells outside systems that <paramref name="type"/> (<see cref="OutgoingEventTypes"/>) happened to
    /// <paramref name="subject"/>: written to the outbox with the change, and only if the change is saved.</summary>
    public void Raise(string type, object subject) => raised.Add(new OutgoingEvent(type, subject));

    /// <summary>Puts <paramref name="value"/> in the payload's one-time field <paramref name="field"/>, declared in the
    /// command's <see cref="MutationCommand{TInput,TResult}.OneTimeFields"/>.</summary>
    public void ShowOnce(OneTimeField field, string value) => shownOnce[field.Name] = value;

    /// <summary>
    /// The row of <typeparamref name="T"/> the global id in the input field <paramref name="globalId"/> names, as the
    /// caller may see it; null, with NOT_FOUND at that field, when there is none. Pass the input's property itself
    /// (<c>input.PersonId</c>), which gives the error's path.
    /// </summary>
    public Task<T?> FindAsync<T>(string globalId, CancellationToken cancellationToken,
        [CallerArgumentExpression(nameof(globalId))] string field = "") where T : class, IIdentified =>
        FindAsync<T>(globalId, InputPath.OfExpression(field), null, cancellationToken);

    /// <summary>
    /// As <see cref="FindAsync{T}(string, CancellationToken, string)"/>, for a row the caller means to change: the
    /// version in the input field <paramref name="version"/> must be the stored one, or the mutation is refused with
    /// CONFLICT. The UPDATE checks it again, so a change that lands between this read and the save is caught too. A
    /// row the caller only reads (one a unit above shares downwards, one read through a row of its own) is not found:
    /// it is not theirs to change, as the write guard would say on saving.
    /// </summary>
    public Task<T?> FindAsync<T>(string globalId, int version, CancellationToken cancellationToken,
        [CallerArgumentExpression(nameof(globalId))] string field = "",
        [CallerArgumentExpression(nameof(version))] string versionField = "")
        where T : class, IIdentified, IVersioned =>
        FindAsync<T>(globalId, InputPath.OfExpression(field), (version, InputPath.OfExpression(versionField)),
            cancellationToken);

    internal async Task<T?> FindAsync<T>(string globalId, IReadOnlyList<string> path,
        (int Read, IReadOnlyList<string> Path)? version, CancellationToken cancellationToken)
        where T : class, IIdentified
    {
        Subject ??= (globalId, path);
        var found = GlobalId.TryDecode(globalId, out var type, out var id) && type == typeof(T).Name
            ? await Db.Set<T>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;
        if (found is null || (version is not null && !OwnedInScope(found)))
        {
            Refuse(new NotFoundError(globalId, path));
            return null;
        }
        if (version is not { } read || found is not IVersioned versioned) return found;
        versionsRead[found] = read;
        if (versioned.Version == read.Read) return found;
        Refuse(new ConflictError(read.Read, versioned.Version, read.Path));
        return null;
    }

    private bool OwnedInScope(object row) =>
        TenantOwnership.Of(row.GetType()).PathProperty is not { } path
        || Caller.Covers((string)Db.Entry(row).Property(path).CurrentValue!);

    /// <summary>
    /// For a command that creates several rows in one go, each under its own idempotency key: the row each key created
    /// before, by key, for the items sent again with the same content. An item whose key was used with other content
    /// refuses the mutation with IDEMPOTENCY_KEY_REUSED at that item's key; a new key has no entry. Keep the receipts
    /// of the rows created with <see cref="KeepReceipt"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> EarlierResultsAsync(
        IReadOnlyList<(string Key, object Content, IReadOnlyList<string> KeyPath)> items,
        CancellationToken cancellationToken)
    {
        var found = await receipts.FindAsync([.. items.Select(i => i.Key)], cancellationToken);
        var earlier = new Dictionary<string, long>();
        foreach (var (key, content, keyPath) in items)
        {
            if (!found.TryGetValue(key, out var receipt)) continue;
            if (receipt.InputHash == IdempotencyReceipts.HashOf(content)) earlier[key] = receipt.ResultId;
            else Refuse(new IdempotencyKeyReusedError(key, keyPath));
        }
        return earlier;
    }

    /// <summary>Leaves the receipt of an item created under <paramref name="key"/> (saved, so it has its id) with
    /// <paramref name="content"/>, for <see cref="EarlierResultsAsync"/> to answer a retry with.</summary>
    public void KeepReceipt(string key, object content, long resultId) =>
        receipts.Keep(key, IdempotencyReceipts.HashOf(content), resultId, clock.GetUtcNow().UtcDateTime);

    /// <summary>The version the caller named for <paramref name="row"/>, and the input field that named it.</summary>
    internal (int Read, IReadOnlyList<string> Path)? VersionReadOf(object row) =>
        versionsRead.TryGetValue(row, out var read) ? read : null;
}

namespace Gateway.Api.Data;

/// <summary>
/// A row changed by updates that must not overwrite each other: every update raises <see cref="Version"/>, and an
/// update names the version it read, so one made from a stale read is refused instead of undoing another's change.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>
/// The setup every shape of the matrix shares: a row per principal (<see cref="Principals"/>, the theory's data), a
/// cell per part of the schema; a row checks its cells a few at a time, writes a line per cell and fails with every
/// problem found. A shape says which cells it has, how to check one, and how to head its output.
/// </summary>
public abstract class IsolationMatrix<TCell>(IsolationWorld world, ITestOutputHelper output)
{
    public static TheoryData<string> Principals() => MatrixChecks.Principals();

    protected IsolationWorld World => world;

    protected ITestOutputHelper Output => output;

    /// <summary>What a row checks, for its failure message: "Lists", "Nested relations"…</summary>
    protected abstract string What { get; }

    protected abstract IEnumerable<TCell> Cells();

    protected abstract string Heading(Principal principal, IReadOnlyCollection<TCell> cells);

    /// <summary>Checks one cell, adds a line to <paramref name="problems"/> per hole, and returns a summary
    /// line.</summary>
    protected abstract Task<string> CheckAsync(Principal principal, TCell cell, ConcurrentQueue<string> problems);

    /// <summary>The row of the principal <paramref name="clientId"/>.</summary>
    protected Task RunRowAsync(string clientId)
    {
        var principal = world.Principal(clientId);
        var cells = Cells().ToList();
        return MatrixChecks.RunRowAsync(cells, (cell, problems) => CheckAsync(principal, cell, problems), output,
            Heading(principal, cells), $"{What} as {principal}");
    }
}

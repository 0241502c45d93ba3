namespace Gateway.Api.Tests.Security.Isolation;

/// <summary>The three shapes of the matrix share one app and database: they only read.</summary>
[CollectionDefinition(Name)]
public sealed class IsolationMatrixCollection : ICollectionFixture<IsolationWorld>
{
    public const string Name = "Isolation matrix";
}

/// <summary>Cross-linked rows, concurrency and spoofing: read-only over their own copy, in parallel with the
/// matrix.</summary>
[CollectionDefinition(Name)]
public sealed class IsolationScenariosCollection : ICollectionFixture<IsolationWorld>
{
    public const string Name = "Isolation scenarios";
}

namespace Gateway.Api.Tests.Infrastructure;

/// <summary>
/// Read-only tests over the seeded demo county share one started app (one host start per collection).
/// Classes of tests that change data take the app as a class fixture and put the county back before each test
/// (<see cref="GatewayApiFactory.ResetToSeededCountyAsync"/>); a test that needs other settings starts its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SeededCountyCollection : ICollectionFixture<GatewayApiFactory>
{
    public const string Name = "Seeded county";
}

/// <summary>
/// Tests of the mutations of the staffing areas share one app: each test puts the county back first, so they run one
/// after another on one host instead of starting one each.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CountyChangesCollection : ICollectionFixture<GatewayApiFactory>
{
    public const string Name = "County changes";
}

/// <summary>Transport tests get their own app so they run in parallel with the data tests.</summary>
[CollectionDefinition(Name)]
public sealed class TransportCollection : ICollectionFixture<GatewayApiFactory>
{
    public const string Name = "Transport";
}

/// <summary>Relay paging and node tests, in parallel with the others.</summary>
[CollectionDefinition(Name)]
public sealed class RelayCollection : ICollectionFixture<GatewayApiFactory>
{
    public const string Name = "Relay";
}

/// <summary>SQL command counts; each counting test is alone on its app while it runs.</summary>
[CollectionDefinition(Name)]
public sealed class QueryCostCollection : ICollectionFixture<GatewayApiFactory>
{
    public const string Name = "Query cost";
}

using GraphQL.Types;

namespace Gateway.Api.Statistics;

/// <summary>One statistic of the <c>Statistics</c> type: a field resolving to its rows for the request.</summary>
public interface IStatisticsFields
{
    void AddTo(ObjectGraphType<StatisticsRequest> statistics);
}

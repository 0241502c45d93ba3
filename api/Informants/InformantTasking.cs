using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Informants;

/// <summary>A collection direction given to an informant (布置任务), to be reported on by a day.</summary>
[AppendOnly]
public sealed class InformantTasking : TenantOwnedEntity
{
    public const int DirectionMaxLength = 500;

    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public string Direction { get; set; } = "";
    public DateOnly DueBy { get; set; }
    public long? TaskedById { get; set; }
    public Person? TaskedBy { get; set; }
    public DateTime TaskedAt { get; set; }
}

using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Informants;

public enum AuthorisationKind { Granted, Renewed }

/// <summary>
/// Twelve months in which the informant may be tasked and met (授权期), granted at registration and renewed by the
/// controller. Never changed: an informant is active while one of these covers the day.
/// </summary>
[AppendOnly]
public sealed class InformantAuthorisation : TenantOwnedEntity
{
    public long InformantId { get; set; }
    public Informant? Informant { get; set; }
    public AuthorisationKind Kind { get; set; }
    public DateOnly ValidFrom { get; set; }
    /// <summary>Twelve months from <see cref="ValidFrom"/>, less a day.</summary>
    public DateOnly ValidUntil { get; set; }
    public long? AuthorisedById { get; set; }
    public Person? AuthorisedBy { get; set; }
    /// <summary>The account or client that recorded it (the audit log's actor).</summary>
    public string AuthorisedByActor { get; set; } = "";
    public DateTime AuthorisedAt { get; set; }

    public static DateOnly EndOfPeriodFrom(DateOnly from) => from.AddMonths(12).AddDays(-1);
}

namespace Gateway.Api.Informants;

public enum InformantStatus { Active, Lapsed, Deactivated }

/// <summary>
/// Whether an informant may be worked with on a day, from the authorisations on file and the deactivation: computed
/// for every read, never stored, so an authorisation lapses on its own when its twelve months are over.
/// </summary>
public sealed record InformantStanding(InformantStatus Status, DateOnly? AuthorisedUntil)
{
    public static InformantStanding Of(DateOnly? deactivatedOn,
        IReadOnlyCollection<(DateOnly From, DateOnly Until)> authorisations, DateOnly today)
    {
        DateOnly? until = authorisations.Count == 0 ? null : authorisations.Max(a => a.Until);
        var status = deactivatedOn is not null ? InformantStatus.Deactivated
            : authorisations.Any(a => a.From <= today && today <= a.Until) ? InformantStatus.Active
            : InformantStatus.Lapsed;
        return new InformantStanding(status, until);
    }
}

using System.Text.RegularExpressions;
using Gateway.Api.GraphQL.Mutations;
using Gateway.Api.Personnel;

namespace Gateway.Api.Mediation;

/// <summary>Checks of mediation inputs that need no stored data.</summary>
internal static partial class MediationRules
{
    /// <summary>Slack for a field device's clock running ahead of the server's.</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<MutationError> CheckRegistration(RegisterMediationCaseInput input, DateOnly today)
    {
        var rules = new InputRules().RequiredText(input.CaseNumber, MediationCase.CaseNumberMaxLength)
            .RequiredText(input.Summary, MediationCase.SummaryMaxLength);
        if (input.Parties.Count is < 2 or > RegisterMediationCaseInput.MaxParties
            || !input.Parties.Any(p => p.Role == MediationPartyRole.Applicant)
            || !input.Parties.Any(p => p.Role == MediationPartyRole.Respondent))
            rules.Invalid(nameof(input.Parties),
                $"须为 2 到 {RegisterMediationCaseInput.MaxParties} 人,至少一名申请人和一名被申请人",
                $"takes 2 to {RegisterMediationCaseInput.MaxParties} parties, at least one applicant and one "
                + "respondent");
        var errors = rules.Errors.ToList();
        for (var i = 0; i < input.Parties.Count; i++) errors.AddRange(CheckParty(input.Parties[i], i, today));
        return errors;
    }

    private static IEnumerable<MutationError> CheckParty(MediationPartyInput party, int index, DateOnly today)
    {
        var rules = InputRules.ForItem(nameof(RegisterMediationCaseInput.Parties), index)
            .RequiredText(party.Name, MediationParty.NameMaxLength)
            .OptionalText(party.Address, MediationParty.AddressMaxLength);
        if (!string.IsNullOrWhiteSpace(party.Phone) && !PhoneNumber().IsMatch(party.Phone.Trim()))
            rules.Invalid(nameof(party.Phone), "须为数字,可含开头的 + 与连字符,最多 20 位",
                "must be digits, with an optional leading + and dashes, at most 20 characters");
        if (!string.IsNullOrWhiteSpace(party.IdNumber)
            && ResidentIdNumber.Fault(party.IdNumber.Trim(), today) is { } fault)
            rules.Invalid(nameof(party.IdNumber), fault.Chinese, fault.English);
        return rules.Errors;
    }

    /// <summary>A step's text, and the time it happened in the field if given: not in the future.</summary>
    public static InputRules Step(DateTime? at, DateTime now, string property, InputRules? rules = null)
    {
        rules ??= new InputRules();
        if (at?.ToUniversalTime() > now + ClockTolerance)
            rules.Invalid(property, "不能晚于当前时间", "must not lie in the future");
        return rules;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9-]{0,18}$")]
    private static partial Regex PhoneNumber();
}

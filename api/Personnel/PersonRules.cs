using System.Text.RegularExpressions;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Personnel;

/// <summary>Checks of a person's fields as a create or an update sends them, without the database.</summary>
internal static partial class PersonRules
{
    /// <summary>Name, phone and ID number: what does not depend on the person's kind.</summary>
    public static IEnumerable<MutationError> Check(IPersonFields input, DateOnly today)
    {
        foreach (var error in new InputRules().RequiredText(input.Name, Person.NameMaxLength).Errors)
            yield return error;
        if (!string.IsNullOrWhiteSpace(input.Phone) && !Phone().IsMatch(input.Phone.Trim()))
            yield return Invalid(nameof(input.Phone), "须为数字,可含开头的 + 与连字符,最多 20 位",
                "must be digits, with an optional leading + and dashes, at most 20 characters");
        if (!string.IsNullOrWhiteSpace(input.IdNumber)
            && ResidentIdNumber.Fault(input.IdNumber.Trim(), today) is { } fault)
            yield return Invalid(nameof(input.IdNumber), fault.Chinese, fault.English);
    }

    /// <summary>A badge number for police, and for nobody else; a leading post for police alone.</summary>
    public static IEnumerable<MutationError> CheckBadge(IPersonFields input, PersonKind kind)
    {
        if (kind == PersonKind.Police)
            return new InputRules().RequiredText(input.BadgeNumber, Person.BadgeNumberMaxLength).Errors;
        var errors = new List<MutationError>();
        if (!string.IsNullOrWhiteSpace(input.BadgeNumber))
            errors.Add(Invalid(nameof(input.BadgeNumber), "仅民警有警号", "is carried by police only"));
        if (input.Position is not null)
            errors.Add(Invalid(nameof(input.Position), "仅民警担任领导职务", "is held by police only"));
        return errors;
    }

    /// <summary>A validation error at the input field <paramref name="property"/>, whose name begins each
    /// message.</summary>
    public static ValidationError Invalid(string property, string chinese, string english)
    {
        var path = InputPath.Of(property);
        return new ValidationError(new($"“{path[^1]}”{chinese}。", $"`{path[^1]}` {english}."), path);
    }

    [GeneratedRegex(@"^\+?[0-9][0-9-]{0,18}$")]
    private static partial Regex Phone();
}

using System.Reflection;
using Gateway.Api.GraphQL.Mutations;

namespace Gateway.Api.Tests.GraphQL.Mutations;

/// <summary>Messages name enum values in Chinese from their attribute: an enum that names some names them
/// all.</summary>
public sealed class ChineseNameTests
{
    [Fact]
    public void Every_value_of_an_enum_with_Chinese_names_has_one()
    {
        var named = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.GetFields().Any(f => f.IsDefined(typeof(ChineseNameAttribute))))
            .ToList();
        var missing = named.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => !f.IsDefined(typeof(ChineseNameAttribute))).Select(f => $"{t.Name}.{f.Name}")).ToList();

        Assert.True(named.Count >= 5, $"Only {named.Count} enums carry Chinese names.");
        Assert.Empty(missing);
    }

    [Fact]
    public void A_value_reads_in_Chinese_and_as_the_schema_spells_it()
    {
        Assert.Equal("调解中", EnumNames.Zh(Api.Mediation.MediationStage.InSessions));
        Assert.Equal("IN_SESSIONS", EnumNames.Schema(Api.Mediation.MediationStage.InSessions));
        Assert.Throws<InvalidOperationException>(() => EnumNames.Zh(DayOfWeek.Monday));
    }
}

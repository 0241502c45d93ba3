using GraphQL.Types;

namespace Gateway.Api.GraphQL.Filtering;

/// <summary>Conditions on a text column. Matching is ordinal for Chinese text and ignores case for Latin
/// letters.</summary>
public sealed class StringFilterInputType : InputObjectGraphType
{
    public StringFilterInputType()
    {
        Name = "StringFilter";
        Description =
            "Conditions on a text value; all given must hold. "
            + "contains/startsWith/endsWith ignore the case of Latin letters. " + FilterTexts.NullSetsNone;
        Field<StringGraphType>("eq").Description(FilterTexts.Eq);
        Field<StringGraphType>("neq").Description(FilterTexts.Neq);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("One of these values (at most 100).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin")
            .Description("None of these values (at most 100); a row without a value matches.");
        Field<StringGraphType>("contains").Description("Contains this text.");
        Field<StringGraphType>("startsWith").Description("Starts with this text.");
        Field<StringGraphType>("endsWith").Description("Ends with this text.");
        Field<BooleanGraphType>("isNull").Description("true: has no value; false: has a value.");
    }
}

/// <summary>Conditions on an ordered value: numbers, dates and instants.</summary>
public sealed class ComparableFilterInputType<TScalar> : InputObjectGraphType where TScalar : ScalarGraphType, new()
{
    public ComparableFilterInputType()
    {
        var scalar = new TScalar().Name;
        Name = scalar + "Filter";
        Description = $"Conditions on a {scalar} value; all given must hold. {FilterTexts.NullSetsNone}";
        Field<TScalar>("eq").Description(FilterTexts.Eq);
        Field<TScalar>("neq").Description(FilterTexts.Neq);
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("One of these values (at most 100).");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("nin")
            .Description("None of these values (at most 100); a row without a value matches.");
        Field<TScalar>("gt").Description("Greater than.");
        Field<TScalar>("gte").Description("Greater than or equal to.");
        Field<TScalar>("lt").Description("Less than.");
        Field<TScalar>("lte").Description("Less than or equal to.");
        Field<BooleanGraphType>("isNull").Description("true: has no value; false: has a value.");
    }
}

public sealed class BooleanFilterInputType : InputObjectGraphType
{
    public BooleanFilterInputType()
    {
        Name = "BooleanFilter";
        Description = "Conditions on a true/false value; all given must hold. " + FilterTexts.NullSetsNone;
        Field<BooleanGraphType>("eq").Description(FilterTexts.Eq);
        Field<BooleanGraphType>("neq").Description(FilterTexts.Neq);
        Field<BooleanGraphType>("isNull").Description("true: has no value; false: has a value.");
    }
}

public sealed class EnumFilterInputType<TEnum> : InputObjectGraphType where TEnum : struct, Enum
{
    public EnumFilterInputType()
    {
        Name = typeof(TEnum).Name + "Filter";
        Description = $"Conditions on a {typeof(TEnum).Name} value; all given must hold. {FilterTexts.NullSetsNone}";
        Field<EnumerationGraphType<TEnum>>("eq").Description(FilterTexts.Eq);
        Field<EnumerationGraphType<TEnum>>("neq").Description(FilterTexts.Neq);
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("nin")
            .Description("None of these values; a row without a value matches.");
        Field<BooleanGraphType>("isNull").Description("true: has no value; false: has a value.");
    }
}

/// <summary>Conditions on an object's global id.</summary>
public sealed class IdFilterInputType : InputObjectGraphType
{
    public IdFilterInputType()
    {
        Name = "IdFilter";
        Description = "Conditions on a global id; all given must hold. " + FilterTexts.NullSetsNone;
        Field<IdGraphType>("eq").Description("This object; null matches nothing (every object has an id).");
        Field<IdGraphType>("neq").Description("Any object but this one; null matches every object.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("One of these objects (at most 100).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("nin").Description("None of these objects (at most 100).");
    }
}

/// <summary>What <c>eq</c> and <c>neq</c> mean, alike on every kind of value.</summary>
internal static class FilterTexts
{
    public const string Eq = "Equal to; null: has no value.";
    public const string Neq = "Not equal to (a row without a value is not equal to any value); null: has a value.";
    public const string NullSetsNone = "A condition given as null sets none, except eq and neq.";
}

public enum SortDirection { Asc, Desc }

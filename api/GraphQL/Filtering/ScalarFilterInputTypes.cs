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
            + "contains/startsWith/endsWith ignore the case of Latin letters.";
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("One of these values (at most 100).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin")
            .Description("None of these values (at most 100).");
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
        Description = $"Conditions on a {scalar} value; all given must hold.";
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("One of these values (at most 100).");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description("None of these values (at most 100).");
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
        Description = "Conditions on a true/false value.";
        Field<BooleanGraphType>("eq").Description("Equal to.");
        Field<BooleanGraphType>("neq").Description("Not equal to.");
        Field<BooleanGraphType>("isNull").Description("true: has no value; false: has a value.");
    }
}

public sealed class EnumFilterInputType<TEnum> : InputObjectGraphType where TEnum : struct, Enum
{
    public EnumFilterInputType()
    {
        Name = typeof(TEnum).Name + "Filter";
        Description = $"Conditions on a {typeof(TEnum).Name} value; all given must hold.";
        Field<EnumerationGraphType<TEnum>>("eq").Description("Equal to.");
        Field<EnumerationGraphType<TEnum>>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("nin").Description("None of these values.");
        Field<BooleanGraphType>("isNull").Description("true: has no value; false: has a value.");
    }
}

/// <summary>Conditions on an object's global id.</summary>
public sealed class IdFilterInputType : InputObjectGraphType
{
    public IdFilterInputType()
    {
        Name = "IdFilter";
        Description = "Conditions on a global id.";
        Field<IdGraphType>("eq").Description("This object.");
        Field<IdGraphType>("neq").Description("Any object but this one.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("One of these objects (at most 100).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("nin").Description("None of these objects (at most 100).");
    }
}

public enum SortDirection { Asc, Desc }

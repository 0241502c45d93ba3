using System.ComponentModel;
using Gateway.Api.GraphQL.Mutations;
using GraphQL.Types;

namespace Gateway.Api.Registry;

[Description("The grid already holds an identical standard address; nothing was changed.")]
public sealed record DuplicateAddressError(string AddressId, IReadOnlyList<string> Path) : MutationError(
    "DUPLICATE_ADDRESS", new("该网格已有完全相同的标准地址,未作更改。",
        "The grid already holds an identical standard address; nothing was changed."), Path);

[Description("A resident in the caller's scope is already on file with this ID number (`residentId`); update that "
    + "record instead. Nothing was changed.")]
public sealed record DuplicateIdNumberError(string ResidentId, IReadOnlyList<string> Path) : MutationError(
    "DUPLICATE_ID_NUMBER", new("已有实有人口登记此身份证号码,请更新该记录,未作更改。",
        "A resident is already on file with this ID number; update that record instead. Nothing was changed."), Path);

/// <summary>Names the resident already on file, so the client can open it.</summary>
public sealed class DuplicateIdNumberErrorType : ErrorGraphType<DuplicateIdNumberError>
{
    public DuplicateIdNumberErrorType()
    {
        Field<NonNullGraphType<IdGraphType>>("residentId")
            .Description("Global id of the resident already on file with the ID number.")
            .Resolve(ctx => ctx.Source.ResidentId);
    }
}

[Description("The standard address lies in another grid than the record's; nothing was changed.")]
public sealed record AddressOutsideGridError(IReadOnlyList<string> Path) : MutationError("ADDRESS_OUTSIDE_GRID",
    new("该标准地址不在此网格内,未作更改。", "The standard address does not lie in the grid; nothing was changed."), Path);

[Description("A rental house (出租房屋) is kept on file with its landlord (房东); nothing was changed.")]
public sealed record HouseRentalNeedsLandlordError(IReadOnlyList<string> Path) : MutationError(
    "HOUSE_RENTAL_NEEDS_LANDLORD", new("出租房屋须登记房东,未作更改。",
        "A rental house needs its landlord on file; nothing was changed."), Path);

[Description("The resident has no key-person category (重点人口), so there is nothing to control; nothing was "
    + "changed.")]
public sealed record NotAKeyPersonError(IReadOnlyList<string> Path) : MutationError("NOT_A_KEY_PERSON",
    new("该人员不是重点人口,未作更改。", "The resident is not a key person; nothing was changed."), Path);

using Gateway.Api.GraphQL.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Api.Assessment;

/// <summary>Adding and retiring duty sub-items. The county bureau alone keeps the catalogue; codes are
/// unique.</summary>
internal sealed class CatalogueCommands(Func<DateOnly> today)
{
    public static MutationCommand<AddDutyItemInput, DutyItem> Add => new(
        input => new InputRules()
            .Code(input.Code, DutyItem.CodeMaxLength)
            .RequiredText(input.TextZh, DutyItem.TextMaxLength)
            .RequiredText(input.Text, DutyItem.TextMaxLength).Errors,
        async (input, ctx, ct) =>
        {
            if (!KeptHere(ctx)) return null;
            var category = await ctx.FindAsync<DutyCategory>(input.CategoryId, ct);
            if (category is null) return null;
            if (await ctx.Db.DutyItems.AnyAsync(i => i.Code == input.Code, ct))
            {
                ctx.Refuse(new DutyItemCodeTakenError(input.Code, InputPath.Of(nameof(input.Code))));
                return null;
            }
            var item = AssessmentMapper.ToDutyItem(input);
            (item.CategoryId, item.AddedById) = (category.Id, ctx.Caller.PersonId);
            ctx.Db.Add(item);
            return item;
        }) { Subject = input => input.CategoryId };

    /// <summary>Marks the item retired today; it stays readable.</summary>
    public MutationCommand<RetireDutyItemInput, DutyItem> Retire => new(
        _ => [],
        async (input, ctx, ct) =>
        {
            if (!KeptHere(ctx)) return null;
            var item = await ctx.FindAsync<DutyItem>(input.Id, input.Version, ct);
            if (item is null) return null;
            if (item.RetiredOn is { } retiredOn)
            {
                ctx.Refuse(new DutyItemRetiredError(retiredOn, InputPath.Of(nameof(input.Id))));
                return null;
            }
            (item.RetiredOn, item.RetiredById) = (today(), ctx.Caller.PersonId);
            return item;
        }) { MayConflict = true, Subject = input => input.Id };

    /// <summary>Whether the caller may change the catalogue: only from the top of the tree. The write guard refuses
    /// the others too (<c>KeptByTopOfTree</c>); this says why.</summary>
    private static bool KeptHere(MutationContext ctx)
    {
        if (ctx.Caller.IsTopOfTree) return true;
        ctx.Refuse(new BureauOnlyError([InputPath.Argument]));
        return false;
    }
}

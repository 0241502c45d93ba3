using Gateway.Api.Security.Authorization;
using GraphQL.Types;

namespace Gateway.Api.GraphQL.Paging;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in the whole list.";
        this.AllowAnyCaller();
        Field(p => p.HasNextPage).Description("More rows follow this page.");
        Field(p => p.HasPreviousPage).Description("Rows precede this page.");
        Field(p => p.StartCursor, nullable: true).Description("Cursor of the first row of the page.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last row of the page.");
    }
}

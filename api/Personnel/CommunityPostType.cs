using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Personnel;

public sealed class CommunityPostType : EntityGraphType<CommunityPost>
{
    protected override void Define()
    {
        Name = "CommunityPost";
        Description = "A part-time seat an officer holds on a community's party branch or residents' committee.";
        this.RequirePermission(Permissions.PersonnelRead);
        Field(p => p.Post).Description("Which body the seat is on.");
        Field(p => p.From).Description("First day in the seat.");
        Field(p => p.To, nullable: true).Description("Last day in the seat; null while held.");
        RequiredReference<Person>("person", p => p.PersonId, "Who holds the seat.");
        RequiredReference<ExternalOrganisation>("community", p => p.CommunityId, "The community.");
    }
}

using Gateway.Api.GraphQL.Schema;
using Gateway.Api.Offices;
using Gateway.Api.Security;
using Gateway.Api.Security.Authorization;

namespace Gateway.Api.Requests;

public sealed class RequestReviewType : EntityGraphType<RequestReview>
{
    protected override void Define()
    {
        Name = "RequestReview";
        Description = "One level (1–4) of the 110 centre's four-level review (四级审核) of whether a request is a police "
            + "matter, decided by one account; one account decides at most one level of a request.";
        this.RequirePermission(Permissions.RequestsRead);
        Field(r => r.Level).Description("Review level, 1 to 4.");
        Field(r => r.Decision).Description("What the level decided.");
        Field(r => r.Reviewer).Description("The reviewer's account (a user account's id, or a machine client's id).");
        Field(r => r.ReviewedAt).Description("When the review was made (UTC).");
        Field(r => r.Note, nullable: true).Description("Reviewer's note; for a rejection, the reason.");
        RequiredReference<ServiceRequest>("request", r => r.RequestId, "The request reviewed.");
        RequiredReference<OrgUnit>("unit", r => r.OwnerUnitId, "The unit that keeps the record.");
    }
}

using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Informants;

/// <summary>A tip passed on to one recipient (信息通报), such as a squad or a bureau brigade.</summary>
[AppendOnly]
public sealed class TipDissemination : TenantOwnedEntity
{
    public const int RecipientMaxLength = 200;

    public long TipId { get; set; }
    public Tip? Tip { get; set; }
    public string Recipient { get; set; } = "";
    public DateTime DisseminatedAt { get; set; }
    public long? DisseminatedById { get; set; }
    public Person? DisseminatedBy { get; set; }
}

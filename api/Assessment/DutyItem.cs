using Gateway.Api.Data;
using Gateway.Api.Personnel;
using Gateway.Api.Tenancy;

namespace Gateway.Api.Assessment;

/// <summary>
/// A duty sub-item (职责细目) of a category: the bureau's list has 124 of them. Shared by every unit and kept by the
/// bureau alone; never deleted: an item no longer asked for is retired and stays readable.
/// </summary>
[KeptByTopOfTree]
public sealed class DutyItem : Entity, IVersioned
{
    public const int CodeMaxLength = 20;
    public const int TextMaxLength = 200;

    public long CategoryId { get; set; }
    public DutyCategory? Category { get; set; }
    public string Code { get; set; } = "";
    public string TextZh { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>Day the item stopped being asked for; null while it is.</summary>
    public DateOnly? RetiredOn { get; set; }
    public long? RetiredById { get; set; }
    public Person? RetiredBy { get; set; }
    public long? AddedById { get; set; }
    public Person? AddedBy { get; set; }
    public int Version { get; set; }
}

using Gateway.Api.Data;

namespace Gateway.Api.GraphQL.Schema;

/// <summary>
/// One area's fields on another area's entity type: the child area adds its connection to its parent's type from its
/// own folder (Grids adds <c>grids</c> to <c>OrgUnit</c>), so the parent never names it. Applied after the type's own
/// fields, in the order of the implementing classes' names.
/// </summary>
public interface IEntityFields<T> where T : Entity, new()
{
    void AddTo(EntityGraphType<T> type);
}

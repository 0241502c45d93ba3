using System.Linq.Expressions;

namespace Gateway.Api.Data;

/// <summary>Narrows tenant-owned rows further than the caller's tenant filter: to the rows owned by one unit and
/// below it, say. A lower area takes one so a higher one can count its rows for part of the caller's scope.</summary>
public interface IOwnerRange
{
    Expression<Func<T, bool>> Owns<T>() where T : TenantOwnedEntity;
}

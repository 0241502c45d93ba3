using Gateway.Api.Data;

namespace Gateway.Api.Grids;

public enum CameraSystem { SharpEyes, MobileSkynet, UrbanManagement }

/// <summary>A video point of the "Sharp Eyes" (雪亮工程) network.</summary>
public sealed class CameraPoint : TenantOwnedEntity
{
    public long? GridId { get; set; }
    public Grid? Grid { get; set; }
    public CameraSystem System { get; set; }
    public string Name { get; set; } = "";
    public string Location { get; set; } = "";
    public int Cameras { get; set; }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Gateway.Api.GraphQL.Mutations;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Gateway.Api.Grids;

/// <summary>
/// Checks a grid's boundary as sent: a GeoJSON Polygon or MultiPolygon geometry (not a Feature), closed rings of at
/// least 4 positions, longitudes in [-180, 180] and latitudes in [-90, 90], at most <see cref="MaxPositions"/>
/// positions and <see cref="MaxBytes"/> of text, and valid as a surface: no ring crossing itself or another.
/// </summary>
public static class GridBoundary
{
    public const int MaxBytes = 100 * 1024;
    public const int MaxPositions = 10_000;
    private const int MinRingPositions = 4;

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>What makes <paramref name="geoJson"/> unfit as a grid's boundary, or null when it serves.</summary>
    public static LocalizedText? ProblemWith(string geoJson)
    {
        if (Encoding.UTF8.GetByteCount(geoJson) > MaxBytes)
            return new($"边界文本超过 {MaxBytes / 1024} KB。", $"The boundary is longer than {MaxBytes / 1024} KB.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geoJson);
        }
        catch (JsonException)
        {
            return new("边界不是有效的 JSON。", "The boundary is not valid JSON.");
        }
        using (document)
            if (ShapeProblem(document.RootElement) is { } problem)
                return problem;
        return ValidityProblem(JsonSerializer.Deserialize<Geometry>(geoJson, GeoJson)!);
    }

    /// <summary>The GeoJSON structure, position by position, before any geometry is built from it.</summary>
    private static LocalizedText? ShapeProblem(JsonElement root)
    {
        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t)
            && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type is "Feature" or "FeatureCollection")
            return new($"边界须为 GeoJSON 几何对象(Polygon 或 MultiPolygon),不能是 {type}。",
                $"The boundary must be a GeoJSON geometry (Polygon or MultiPolygon), not a {type}.");
        if (type is not ("Polygon" or "MultiPolygon"))
            return new("边界须为 GeoJSON 的 Polygon 或 MultiPolygon 几何对象。",
                "The boundary must be a GeoJSON Polygon or MultiPolygon geometry.");
        if (!root.TryGetProperty("coordinates", out var coordinates) || !IsNonEmptyArray(coordinates))
            return new("边界缺少坐标(coordinates)。", "The boundary has no coordinates.");
        var polygons = type == "Polygon" ? [coordinates] : coordinates.EnumerateArray().ToList();
        var positions = 0;
        for (var p = 0; p < polygons.Count; p++)
        {
            var (zhPolygon, enPolygon) = type == "Polygon" ? ("", "") : ($"第 {p + 1} 个多边形", $" of polygon {p + 1}");
            if (!IsNonEmptyArray(polygons[p]))
                return new($"{zhPolygon}没有环。", $"Polygon {p + 1} has no rings.");
            var rings = polygons[p].EnumerateArray().ToList();
            for (var r = 0; r < rings.Count; r++)
            {
                var (zhRing, enRing) = ($"{zhPolygon}第 {r + 1} 个环", $"Ring {r + 1}{enPolygon}");
                if (rings[r].ValueKind != JsonValueKind.Array || rings[r].GetArrayLength() < MinRingPositions)
                    return new($"{zhRing}须至少有 {MinRingPositions} 个坐标点。",
                        $"{enRing} needs at least {MinRingPositions} positions.");
                var ring = rings[r].EnumerateArray().ToList();
                positions += ring.Count;
                if (positions > MaxPositions)
                    return new($"边界的坐标点超过 {MaxPositions} 个。",
                        $"The boundary has more than {MaxPositions} positions.");
                for (var i = 0; i < ring.Count; i++)
                    if (PositionProblem(ring[i]) is { } problem)
                        return new($"{zhRing}第 {i + 1} 个坐标点{problem.Chinese}",
                            $"{enRing}, position {i + 1}: {problem.English}");
                if (!SamePosition(ring[0], ring[^1]))
                    return new($"{zhRing}未闭合:首尾坐标点须相同。",
                        $"{enRing} is not closed: its first and last positions must be the same.");
            }
        }
        return null;
    }

    private static LocalizedText? PositionProblem(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3
            || position.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
            return new("须为 [经度, 纬度]。", "must be [longitude, latitude].");
        var (longitude, latitude) = (position[0].GetDouble(), position[1].GetDouble());
        if (longitude is < -180 or > 180)
            return new($"经度 {Number(longitude)} 超出 [-180, 180]。",
                $"longitude {Number(longitude)} is outside [-180, 180].");
        if (latitude is < -90 or > 90)
            return new($"纬度 {Number(latitude)} 超出 [-90, 90]。", $"latitude {Number(latitude)} is outside [-90, 90].");
        return null;
    }

    /// <summary>Whether the geometry is a valid surface (NTS's OGC rules): rings that neither cross themselves nor each
    /// other, holes inside their shells, polygons of a MultiPolygon apart.</summary>
    private static LocalizedText? ValidityProblem(Geometry geometry)
    {
        if (new IsValidOp(geometry).ValidationError is not { } error) return null;
        var near = error.Coordinate is { } c ? $"({Number(c.X)}, {Number(c.Y)})" : "";
        return error.ErrorType switch
        {
            TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection =>
                new($"边界自相交,位于 {near} 附近。", $"The boundary crosses itself near {near}."),
            TopologyValidationErrors.HoleOutsideShell =>
                new($"边界的内环位于外环之外,位于 {near} 附近。", $"A hole lies outside its outer ring near {near}."),
            TopologyValidationErrors.NestedShells or TopologyValidationErrors.DisconnectedInteriors =>
                new($"边界的多边形相互重叠,位于 {near} 附近。", $"The boundary's polygons overlap near {near}."),
            _ => new($"边界无效:{error.Message},位于 {near} 附近。",
                $"The boundary is not valid: {error.Message} near {near}."),
        };
    }

    private static bool IsNonEmptyArray(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0;

    private static bool SamePosition(JsonElement first, JsonElement last) =>
        first[0].GetDouble() == last[0].GetDouble() && first[1].GetDouble() == last[1].GetDouble();

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}

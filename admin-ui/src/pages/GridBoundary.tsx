type Position = [number, number];
type Ring = Position[];

interface Geometry {
  type: string;
  coordinates: unknown;
}

const size = 320;
const margin = 12;

/** The polygons' outer and inner rings of a GeoJSON Polygon or MultiPolygon; nothing for anything else. */
function ringsOf(geoJson: string): Ring[] {
  try {
    const geometry = JSON.parse(geoJson) as Geometry;
    if (geometry.type === 'Polygon') return geometry.coordinates as Ring[];
    if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Ring[][]).flat();
  } catch {
    // A boundary that is not GeoJSON draws nothing.
  }
  return [];
}

/**
 * A grid's boundary drawn from its GeoJSON alone, with no map tiles: longitude and latitude scaled to the box
 * (longitude shortened by the cosine of the latitude, so a square on the ground stays square), north up.
 */
export function GridBoundary({ geoJson, label }: { geoJson: string; label: string }) {
  const rings = ringsOf(geoJson).filter((ring) => ring.length >= 3);
  if (rings.length === 0) return null;
  const points = rings.flat();
  const latitudes = points.map(([, lat]) => lat);
  const squeeze = Math.cos((((Math.min(...latitudes) + Math.max(...latitudes)) / 2) * Math.PI) / 180);
  const xs = points.map(([lon]) => lon * squeeze);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...latitudes), Math.max(...latitudes)];
  const scale = (size - 2 * margin) / Math.max(maxX - minX, maxY - minY, Number.EPSILON);
  const path = rings
    .map(
      (ring) =>
        ring
          .map(([lon, lat], i) => {
            const x = margin + (lon * squeeze - minX) * scale;
            const y = margin + (maxY - lat) * scale;
            return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
          })
          .join('') + 'Z',
    )
    .join('');
  return (
    <svg
      className="grid-boundary"
      data-testid="grid-boundary"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size}
      height={size}
    >
      <path d={path} fillRule="evenodd" />
    </svg>
  );
}

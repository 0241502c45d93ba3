using Gateway.Api.Grids;

namespace Gateway.Api.Tests.Grids;

/// <summary>Each rule of <see cref="GridBoundary"/> at its edge: what passes, and the message of what does
/// not.</summary>
public sealed class GridBoundaryTests
{
    internal const string Square = """
        {"type":"Polygon","coordinates":[[[104.71,28.44],[104.72,28.44],[104.72,28.45],[104.71,28.45],[104.71,28.44]]]}
        """;

    private static string? Problem(string geoJson) => GridBoundary.ProblemWith(geoJson)?.English;

    private static string Ring(params (double Lon, double Lat)[] positions) =>
        "[" + string.Join(",", positions.Select(p => FormattableString.Invariant($"[{p.Lon},{p.Lat}]"))) + "]";

    [Fact]
    public void A_closed_square_polygon_serves()
    {
        Assert.Null(Problem(Square));
    }

    [Fact]
    public void A_multipolygon_of_two_apart_squares_with_a_hole_serves()
    {
        var outer = Ring((0, 0), (10, 0), (10, 10), (0, 10), (0, 0));
        var hole = Ring((2, 2), (2, 4), (4, 4), (4, 2), (2, 2));
        var other = Ring((20, 20), (21, 20), (21, 21), (20, 21), (20, 20));

        Assert.Null(Problem($$"""{"type":"MultiPolygon","coordinates":[[{{outer}},{{hole}}],[{{other}}]]}"""));
    }

    [Theory]
    [InlineData("""{"type":"Feature","geometry":null,"properties":{}}""", "not a Feature")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "not a FeatureCollection")]
    [InlineData("""{"type":"LineString","coordinates":[[0,0],[1,1]]}""", "Polygon or MultiPolygon geometry")]
    [InlineData("""{"type":"Polygon"}""", "has no coordinates")]
    [InlineData("""{"type":"Polygon","coordinates":[[0,0]""", "not valid JSON")]
    public void Anything_but_a_polygon_geometry_is_refused(string geoJson, string reason)
    {
        Assert.Contains(reason, Problem(geoJson));
    }

    [Fact]
    public void A_ring_of_three_positions_is_refused_and_four_serve()
    {
        var three = $$"""{"type":"Polygon","coordinates":[{{Ring((0, 0), (1, 0), (0, 0))}}]}""";
        var four = $$"""{"type":"Polygon","coordinates":[{{Ring((0, 0), (1, 0), (1, 1), (0, 0))}}]}""";

        Assert.Equal("Ring 1 needs at least 4 positions.", Problem(three));
        Assert.Null(Problem(four));
    }

    [Fact]
    public void A_ring_whose_last_position_is_not_its_first_is_refused()
    {
        var open = $$"""{"type":"Polygon","coordinates":[{{Ring((0, 0), (1, 0), (1, 1), (0, 1))}}]}""";

        Assert.Equal("Ring 1 is not closed: its first and last positions must be the same.", Problem(open));
    }

    [Theory]
    [InlineData(180, 90, null)]
    [InlineData(-180, -90, null)]
    [InlineData(180.5, 0, "longitude 180.5 is outside [-180, 180]")]
    [InlineData(0, -90.1, "latitude -90.1 is outside [-90, 90]")]
    public void Positions_lie_on_the_globe(double longitude, double latitude, string? reason)
    {
        var ring = Ring((longitude, latitude), (0, 1), (1, 1), (longitude, latitude));

        var problem = Problem($$"""{"type":"Polygon","coordinates":[{{ring}}]}""");

        if (reason is null) Assert.Null(problem);
        else Assert.Equal($"Ring 1, position 1: {reason}.", problem);
    }

    [Fact]
    public void A_position_that_is_not_a_pair_of_numbers_is_named_by_polygon_ring_and_position()
    {
        var ring = """[[0,0],[1,0],["1",1],[0,0]]""";

        Assert.Equal("Ring 1 of polygon 1, position 3: must be [longitude, latitude].",
            Problem($$"""{"type":"MultiPolygon","coordinates":[[{{ring}}]]}"""));
    }

    [Fact]
    public void A_bow_tie_that_crosses_itself_is_refused_near_the_crossing()
    {
        var bowTie = $$"""{"type":"Polygon","coordinates":[{{Ring((0, 0), (2, 2), (2, 0), (0, 2), (0, 0))}}]}""";

        Assert.Equal("The boundary crosses itself near (1, 1).", Problem(bowTie));
    }

    [Fact]
    public void Overlapping_polygons_of_a_multipolygon_are_refused()
    {
        var first = Ring((0, 0), (2, 0), (2, 2), (0, 2), (0, 0));
        var second = Ring((1, 1), (3, 1), (3, 3), (1, 3), (1, 1));

        Assert.Matches(@"^The boundary(?: crosses itself|'s polygons overlap) near \((1|2), (1|2)\)\.$",
            Problem($$"""{"type":"MultiPolygon","coordinates":[[{{first}}],[{{second}}]]}"""));
    }

    [Fact]
    public void At_most_ten_thousand_positions_are_taken()
    {
        // A long strip with a position every 0.01° of its bottom edge: valid, short text, as many positions as asked.
        string Strip(int positions) => $$"""{"type":"Polygon","coordinates":[{{Ring([.. Enumerable
            .Range(0, positions - 3).Select(i => (i / 100d, 0d)), ((positions - 4) / 100d, 1), (0, 1), (0, 0)])}}]}""";

        Assert.Null(Problem(Strip(GridBoundary.MaxPositions)));
        Assert.Equal("The boundary has more than 10000 positions.", Problem(Strip(GridBoundary.MaxPositions + 1)));
    }

    [Fact]
    public void At_most_100_KB_of_text_is_taken()
    {
        var padded = Square.Replace("104.71,", "104.71" + new string('0', 20) + ",");
        var tooLong = Square[..^1] + ",\"note\":\"" + new string('x', GridBoundary.MaxBytes) + "\"}";

        Assert.Null(Problem(padded));
        Assert.Equal("The boundary is longer than 100 KB.", Problem(tooLong));
    }
}

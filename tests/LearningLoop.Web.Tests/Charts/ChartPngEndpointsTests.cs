using System.Net;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Initiatives;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Charts;

/// <summary>Every chart that downloads as SVG also downloads as a PNG drawn on the server (decision 0029): each
/// <c>.svg</c> route has its <c>.png</c> beside it, and each <c>.png</c> route answers a real PNG of a sensible size for a
/// demo record, on both databases.</summary>
public abstract class ChartPngEndpointsTests(LearningLoopApp app)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Every_svg_chart_has_a_png_beside_it_that_decodes_to_a_drawn_image()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal))  // not the API reference page's own icons
            .Distinct(StringComparer.Ordinal).ToList();
        var svgs = routes.Where(r => r.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        var pngs = routes.Where(r => r.EndsWith(".png", StringComparison.Ordinal)).ToList();
        Assert.True(svgs.Count >= 4, string.Join(", ", svgs));
        Assert.Equal(svgs.Select(r => r[..^4] + ".png").Order(StringComparer.Ordinal), pngs.Order(StringComparer.Ordinal));

        // The demo initiative with a driver diagram, adoptions and stakeholder assessments, and a measure with a chart.
        var initiative = app.WithSystemScope(db => db.Initiatives
            .Where(i => i.Drivers.Any() && i.Adoptions.Any() && db.StakeholderAssessments.Any(a => a.InitiativeId == i.Id))
            .OrderBy(i => i.Id).Select(i => i.Id).First());
        var measure = app.MeasureId("Length of stay", "4 West");
        // The latest closed relational coordination wave on 4 West (it has one before it, so a change), and the latest
        // closed capability assessment.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var fourWest = app.WithSystemScope(db => db.Units.Single(u => u.Name == "4 West").Id);
        var (wave, assessment) = app.WithSystemScope(db => (
            db.Waves.Where(w => w.InstrumentVersion!.Instrument!.Kind == LearningLoop.Core.Surveys.InstrumentKind.RelationalCoordination
                && w.Units.Any(u => u.UnitId == fourWest) && w.Closes < today).OrderByDescending(w => w.Closes).Select(w => w.Id).First(),
            db.Waves.Where(w => w.InstrumentVersion!.Instrument!.Key == LearningLoop.Core.Capability.CapabilityInstrument.Key && w.Closes < today)
                .OrderByDescending(w => w.Closes).Select(w => w.Id).First()));
        var networkMeasure = app.WithSystemScope(db => db.NetworkMeasures.Where(m => m.Name == "30-day readmissions").Select(m => m.Id).First());
        var lead = await app.ClientForAsync(Lead);
        foreach (var route in pngs)
        {
            var id = route.StartsWith("/api/v1/measures/", StringComparison.Ordinal) ? measure
                : route.StartsWith("/api/v1/surveys/", StringComparison.Ordinal) ? wave
                : route.StartsWith("/api/v1/capability/", StringComparison.Ordinal) ? assessment
                : route.StartsWith("/api/v1/network/", StringComparison.Ordinal) ? networkMeasure : initiative;
            var url = route.Replace("{id:int}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (route.EndsWith("/measures/compare.png", StringComparison.Ordinal)) url += "?id=" + app.MeasureId("Hand-hygiene compliance", "4 West").ToString(System.Globalization.CultureInfo.InvariantCulture);
            var response = await lead.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(Signature, png[..8]);

            // Twice the SVG's size, and drawn: a good share of the pixels are not the white background.
            var svg = await lead.GetStringAsync(url.Replace(".png", ".svg", StringComparison.Ordinal));
            var width = double.Parse(System.Xml.Linq.XDocument.Parse(svg).Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            using var bitmap = SKBitmap.Decode(png);
            Assert.NotNull(bitmap);
            Assert.InRange(bitmap.Width, (int)(2 * width) - 2, (int)(2 * width) + 2);
            Assert.True(bitmap.Height >= 200, $"{url}: {bitmap.Width}×{bitmap.Height}");
            var drawn = bitmap.Pixels.Count(p => p != SKColors.White);
            Assert.True(drawn > bitmap.Pixels.Length / 50, $"{url}: only {drawn} of {bitmap.Pixels.Length} pixels drawn");
        }
    }

    [Fact]
    public async Task A_png_of_a_missing_record_is_not_found()
    {
        var lead = await app.ClientForAsync(Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/api/v1/initiatives/987654/driver-diagram.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/api/v1/initiatives/987654/spread-map.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/api/v1/measures/987654/chart.png")).StatusCode);
    }
}

public sealed class SqliteChartPngEndpointsTests(SqliteApp app) : ChartPngEndpointsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresChartPngEndpointsTests(PostgresApp app) : ChartPngEndpointsTests(app), IClassFixture<PostgresApp>;

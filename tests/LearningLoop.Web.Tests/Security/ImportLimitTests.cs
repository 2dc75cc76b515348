using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Measures;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Initiatives;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Web.Tests.Security;

/// <summary>The promise: one upload cannot take the server's memory or time, nor fill a response. Each import (measure
/// values CSV and XLSX, people CSV, FHIR Questionnaire) refuses a body past <see cref="ImportLimits.MaxFileBytes"/> with
/// 413, a file past <see cref="ImportLimits.MaxRows"/>, a workbook that unpacks past
/// <see cref="ImportLimits.MaxUnpackedXlsxBytes"/>; lists at most <see cref="ImportLimits.MaxErrorsListed"/> errors and
/// counts the rest; and quotes a bad value by a short prefix only. The limits are the defaults.</summary>
public abstract class ImportLimitTests(LearningLoopApp app)
{
    private static readonly ImportLimits Limits = ImportLimits.Default;

    private int MeasureId() => app.MeasureId("Length of stay", "4 West");

    private static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new(contentType);
        return content;
    }

    private static ByteArrayContent Csv(string text) => Body(Encoding.UTF8.GetBytes(text), "text/csv");

    private static async Task<JsonElement> RefusalAsync(HttpResponseMessage response, HttpStatusCode expected, int maxBytes = 64 * 1024)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 500)))}");
        Assert.True(bytes.Length < maxBytes, $"the refusal is {bytes.Length} bytes");
        return JsonDocument.Parse(bytes).RootElement;
    }

    [Fact]
    public async Task A_body_past_the_size_limit_is_refused_with_413_by_every_import()
    {
        var admin = await app.ClientForAsync(InitiativeTestData.Admin);
        var tooBig = new byte[Limits.MaxFileBytes + 1];
        Array.Fill(tooBig, (byte)'1');
        await RefusalAsync(await admin.PostAsync($"/api/v1/measures/{MeasureId()}/values/import", Body(tooBig, "text/csv")), HttpStatusCode.RequestEntityTooLarge);
        await RefusalAsync(await admin.PostAsync($"/api/v1/measures/{MeasureId()}/values/import", Body(tooBig, MeasureValuesXlsx.ContentType)),
            HttpStatusCode.RequestEntityTooLarge);
        await RefusalAsync(await admin.PostAsync("/api/v1/people/import", Body(tooBig, "text/csv")), HttpStatusCode.RequestEntityTooLarge);
        await RefusalAsync(await admin.PostAsync("/api/v1/surveys/instruments/fhir", Body(tooBig, "application/fhir+json")), HttpStatusCode.RequestEntityTooLarge);
        // Without a declared length (chunked), reading stops one byte past the limit.
        var chunked = new StreamContent(new UnseekableStream(tooBig));
        chunked.Headers.ContentType = new("text/csv");
        await RefusalAsync(await admin.PostAsync("/api/v1/people/import", chunked), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_file_with_more_rows_than_the_limit_is_refused_whole()
    {
        var admin = await app.ClientForAsync(InitiativeTestData.Admin);
        var csv = new StringBuilder("period,numerator,denominator\n");
        var start = new DateOnly(1900, 1, 1);
        for (var i = 0; i <= Limits.MaxRows; i++) csv.Append(start.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(",1,2\n");
        var before = app.WithSystemScope(db => db.MeasureValues.Count());
        var problem = await RefusalAsync(await admin.PostAsync($"/api/v1/measures/{MeasureId()}/values/import", Csv(csv.ToString())), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("more than 50,000 data rows", Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, app.WithSystemScope(db => db.MeasureValues.Count()));
    }

    [Fact]
    public async Task Many_bad_rows_list_the_first_errors_and_count_the_rest_and_quote_a_huge_cell_by_a_prefix()
    {
        var admin = await app.ClientForAsync(InitiativeTestData.Admin);
        var huge = new string('=', 1024 * 1024);
        var csv = new StringBuilder("period,numerator,denominator\n").Append("2024-01,").Append(huge).Append(",2\n");
        for (var i = 0; i < 499; i++) csv.Append("not-a-period,1,2\n");
        var problem = await RefusalAsync(await admin.PostAsync($"/api/v1/measures/{MeasureId()}/values/import", Csv(csv.ToString())), HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(Limits.MaxErrorsListed, errors.Count);
        Assert.Equal(500 - Limits.MaxErrorsListed, problem.GetProperty("errorsNotListed").GetInt32());
        Assert.All(errors, e => Assert.True(e.GetProperty("reason").GetString()!.Length < 200));
        Assert.StartsWith("'" + new string('=', InputEcho.MaxLength) + "…'", errors[0].GetProperty("reason").GetString(), StringComparison.Ordinal);

        var people = new StringBuilder("name,email\n");
        for (var i = 0; i < 300; i++) people.Append("Someone,").Append(new string('x', 5000)).Append('\n');
        var refused = await RefusalAsync(await admin.PostAsync("/api/v1/people/import", Csv(people.ToString())), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(200, refused.GetProperty("errorsNotListed").GetInt32());
        Assert.All(refused.GetProperty("errors").EnumerateArray(), e => Assert.True(e.GetProperty("reason").GetString()!.Length < 200));
    }

    [Fact]
    public async Task A_workbook_that_unpacks_past_the_limit_is_refused_before_it_is_read()
    {
        var admin = await app.ClientForAsync(InitiativeTestData.Admin);
        var bomb = SharedStringsBomb(Limits.MaxUnpackedXlsxBytes + 1024 * 1024);
        Assert.True(bomb.Length < 200 * 1024, $"the bomb is {bomb.Length} bytes");
        var problem = await RefusalAsync(await admin.PostAsync($"/api/v1/measures/{MeasureId()}/values/import", Body(bomb, MeasureValuesXlsx.ContentType)),
            HttpStatusCode.UnprocessableEntity, maxBytes: 4096);
        Assert.Contains("unpacks to", problem.GetProperty("errors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A real workbook (as the app writes it) plus a shared strings part of one long string: small packed, huge unpacked.</summary>
    private static byte[] SharedStringsBomb(long unpacked)
    {
        using var stream = new MemoryStream();
        stream.Write(MeasureValuesXlsx.Write(new Measure { Name = "bomb" }, []));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open());
            writer.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
            var chunk = new string('A', 64 * 1024);
            for (long written = 0; written < unpacked; written += chunk.Length) writer.Write(chunk);
            writer.Write("</t></si></sst>");
        }
        return stream.ToArray();
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}

public sealed class SqliteImportLimitTests(SqliteApp app) : ImportLimitTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresImportLimitTests(PostgresApp app) : ImportLimitTests(app), IClassFixture<PostgresApp>;

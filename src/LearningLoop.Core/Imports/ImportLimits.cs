namespace LearningLoop.Core.Imports;

/// <summary>Configuration section <c>Imports</c>: how much one import may ask of the server. Every file import (measure
/// values as CSV or XLSX, people as CSV, FHIR Questionnaires) through the API or a page is held to these, so that one
/// upload cannot take the server's memory or time from everyone else. The defaults fit real files many times over
/// (ten years of daily data is 3,650 rows; a large hospital's staff list 30,000). See docs/security.md.</summary>
public sealed class ImportLimits
{
    public const string Section = "Imports";

    /// <summary>The largest upload, in bytes; larger requests are answered 413 before they are parsed.</summary>
    public long MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Data rows read from one file; reading stops at the first row past it and the file is refused.</summary>
    public int MaxRows { get; set; } = 50_000;

    /// <summary>What an XLSX may unpack to (the sum of its zip entries' sizes), checked before any part is read: a
    /// small workbook can inflate a thousandfold (a "zip bomb" of shared strings).</summary>
    public long MaxUnpackedXlsxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Errors listed in a refusal; the rest are counted (<see cref="ImportResult.ErrorsNotListed"/>).</summary>
    public int MaxErrorsListed { get; set; } = 100;

    public static ImportLimits Default { get; } = new();

    public string FileSizeText => $"{MaxFileBytes / (1024.0 * 1024.0):0.#} MB";
}

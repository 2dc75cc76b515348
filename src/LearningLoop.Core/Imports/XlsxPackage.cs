using System.IO.Compression;

namespace LearningLoop.Core.Imports;

/// <summary>Looks inside an XLSX (a zip) before the Open XML SDK reads it.</summary>
public static class XlsxPackage
{
    /// <summary>The sum of the entries' unpacked sizes, from the zip's central directory, without unpacking anything.
    /// The sizes can be trusted as upper bounds: .NET's zip reader stops an entry at its declared length. The stream is
    /// left where it was. A stream that is not a zip throws <see cref="InvalidDataException"/>.</summary>
    public static long Unpacked(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var start = xlsx.Position;
        try
        {
            using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Sum(e => e.Length);
        }
        finally
        {
            xlsx.Position = start;
        }
    }
}

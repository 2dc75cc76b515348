using System.Globalization;

namespace LearningLoop.Core.Imports;

/// <summary>The refusal every importer gives when a file has more rows than <see cref="ImportLimits.MaxRows"/>.</summary>
public static class ImportRows
{
    public static ImportError TooMany(int line, int maxRows) =>
        new(line, "", $"the file has more than {maxRows.ToString("N0", CultureInfo.InvariantCulture)} data rows; split it into smaller files");
}

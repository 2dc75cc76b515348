using LearningLoop.Analytics.Spc;

namespace LearningLoop.Cli.Commands;

/// <summary>Opens the spc command's input file, refusing a missing one with the path named.</summary>
internal static class SpcInputFile
{
    public static StreamReader Open(string path) =>
        File.Exists(path) ? new StreamReader(path) : throw new SpcInputException($"Input file {path} does not exist.", null, "input", path);
}

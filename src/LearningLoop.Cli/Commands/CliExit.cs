namespace LearningLoop.Cli.Commands;

/// <summary>Process exit codes shared by every command.</summary>
internal static class CliExit
{
    public const int Ok = 0;
    /// <summary>The input was refused (bad file, bad option); the message says which row or value.</summary>
    public const int InvalidInput = 2;
}

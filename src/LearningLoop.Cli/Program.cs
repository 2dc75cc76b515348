using System.CommandLine;
using LearningLoop.Cli.Commands;

// The `learningloop` command for analysts and operators. Each capability adds one sub-command here.
var root = new RootCommand("LearningLoop: the learning health system platform, from the command line.");
// commands:begin
root.Subcommands.Add(AdminCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(SpcCommand.Create());
root.Subcommands.Add(RcCommand.Create());
root.Subcommands.Add(CensusCommand.Create());
foreach (var command in BackupCommand.Create()) root.Subcommands.Add(command);
// commands:end
return await root.Parse(args).InvokeAsync();

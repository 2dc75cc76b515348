using System.CommandLine;
using LearningLoop.Core.Access;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Cli.Commands;

/// <summary><c>learningloop admin create</c>: an administrator from the command line, for a fresh install without a
/// browser or to regain access. The organisation is created when no organisation has that name.</summary>
internal static class AdminCommand
{
    public static Command Create()
    {
        var database = new DatabaseConnection();
        var email = new Option<string>("--email") { Description = "The administrator's e-mail (their sign-in).", Required = true };
        var name = new Option<string>("--name") { Description = "Display name.", DefaultValueFactory = _ => "Administrator" };
        var organisation = new Option<string>("--organisation") { Description = "The organisation they administer.", Required = true };
        var password = new Option<string?>("--password") { Description = "Password (or set LEARNINGLOOP_ADMIN_PASSWORD, which keeps it out of the shell history)." };

        var create = new Command("create", "Create an administrator (and their organisation).") { email, name, organisation, password };
        database.AddTo(create);
        create.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("LEARNINGLOOP_ADMIN_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("Give a password with --password or LEARNINGLOOP_ADMIN_PASSWORD.");
                return CliExit.InvalidInput;
            }
            await using var services = database.BuildServices(parse);
            await using var scope = services.CreateAsyncScope();
            await DatabaseConnection.MigratedAsync(scope.ServiceProvider, ct);
            var result = await scope.ServiceProvider.GetRequiredService<FirstAdministrator>()
                .CreateAsync(parse.GetValue(organisation)!, parse.GetValue(name)!, parse.GetValue(email)!, secret, ct);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync(error.Description);
                }
                return CliExit.InvalidInput;
            }
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Administrator {parse.GetValue(email)} of {parse.GetValue(organisation)} created.");
            return CliExit.Ok;
        });
        return new Command("admin", "Accounts and access.") { create, AdminInviteCommand.Create() };
    }
}

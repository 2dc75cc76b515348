using System.CommandLine;
using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Cli.Commands;

/// <summary><c>learningloop admin invite --email … --role …</c>: gives a person of the organisation a sign-in account
/// with the roles given, as the person page does, and prints the one-time set-password link (also e-mailed when SMTP is
/// configured). A person not yet in the organisation is added when <c>--organisation</c> and <c>--name</c> are given.</summary>
internal static class AdminInviteCommand
{
    public static Command Create()
    {
        var database = new DatabaseConnection();
        var email = new Option<string>("--email") { Description = "The person's e-mail (their sign-in).", Required = true };
        var role = new Option<string[]>("--role")
        {
            Description = $"A role to give (repeat for several): {string.Join(", ", Roles.All)}.", Required = true, AllowMultipleArgumentsPerToken = true,
        };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation, when the e-mail is in several or the person is new." };
        var name = new Option<string?>("--name") { Description = "The person's name, to add them when they are not yet in the organisation." };

        var invite = new Command("invite", "Invite a person to sign in, with their roles; prints the set-password link.") { email, role, organisation, name };
        database.AddTo(invite);
        invite.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            await using var services = database.BuildServices(parse);
            await using var scope = services.CreateAsyncScope();
            if (parse.GetValue(role)!.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknownRole)
            {
                await error.WriteLineAsync($"“{unknownRole}” is not a role. Roles: {string.Join(", ", Roles.All)}.");
                return CliExit.InvalidInput;
            }
            if (scope.ServiceProvider.GetRequiredService<PublicAddress>().Problem is { } noAddress)
            {
                await error.WriteLineAsync(noAddress);
                return CliExit.InvalidInput;
            }
            var db = await DatabaseConnection.MigratedAsync(scope.ServiceProvider, ct);
            var address = parse.GetValue(email)!.Trim();
            var organisationName = parse.GetValue(organisation);
            var lowered = address.ToLowerInvariant();
            // lower() in SQL on both databases, as the people search does; a culture argument would not translate.
#pragma warning disable CA1304, CA1311, CA1862
            var people = await db.People.Where(p => p.Email.ToLower() == lowered)
                .Where(p => organisationName == null || db.Organisations.Any(o => o.Id == p.OrganisationId && o.Name == organisationName))
                .ToListAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
            if (people.Count > 1)
            {
                await error.WriteLineAsync($"{address} is a person in several organisations: name one with --organisation.");
                return CliExit.InvalidInput;
            }
            var person = people.SingleOrDefault();
            if (person is null)
            {
                var added = await AddPersonAsync(db, address, organisationName, parse.GetValue(name), ct);
                if (added.Error is not null)
                {
                    await error.WriteLineAsync(added.Error);
                    return CliExit.InvalidInput;
                }
                person = added.Person!;
            }
            db.Scope.SetOrganisation(person.OrganisationId);
            var outcome = await scope.ServiceProvider.GetRequiredService<Accounts>()
                .SaveAsync(person.Id, new AccountRequest(parse.GetValue(role)!, Active: true, SendInvitation: true), AccountActor.CommandLine, ct);
            if (!outcome.Succeeded)
            {
                foreach (var message in outcome.Errors.SelectMany(e => e.Value))
                {
                    await error.WriteLineAsync(message);
                }
                return CliExit.InvalidInput;
            }
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"{person.Name} <{address}> may sign in as {string.Join(", ", outcome.Account!.Roles)}.");
            await output.WriteLineAsync(outcome.Mailed ? "The invitation was e-mailed. The link, which works once:" : "Give them this link, which works once:");
            await output.WriteLineAsync(outcome.InvitationLink);
            return CliExit.Ok;
        });
        return invite;
    }

    private static async Task<(Person? Person, string? Error)> AddPersonAsync(
        Core.Persistence.LearningLoopDbContext db, string email, string? organisationName, string? name, CancellationToken ct)
    {
        if (organisationName is null || string.IsNullOrWhiteSpace(name))
        {
            return (null, $"No person has the e-mail {email}: give --organisation and --name to add them.");
        }
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            return (null, $"“{email}” is not an e-mail address.");
        }
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == organisationName, ct);
        if (organisation is null)
        {
            return (null, $"There is no organisation called “{organisationName}”.");
        }
        var person = new Person { OrganisationId = organisation.Id, Name = name.Trim(), Email = email };
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return (person, null);
    }
}

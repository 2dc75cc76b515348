using System.Globalization;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LearningLoop.Core.Surveys;

/// <summary>E-mails a wave's single-use links. Each person of the wave's units and workgroups gets a freshly minted link
/// that exists only in their e-mail; the invitation row records that they were invited (to the day), never the link.
/// A reminder therefore cannot carry the link again: it asks people who have not answered to use the invitation they
/// received (decision 0005 explains the trade).</summary>
public sealed class Invitations(LearningLoopDbContext db, ISurveyMailer mailer, TimeProvider clock)
{
    public sealed record Result(bool Succeeded, int Sent, string Message);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Result?> SendAsync(int waveId, string baseUrl, CancellationToken ct = default)
    {
        var (wave, form, problem) = await CheckAsync(waveId, ct);
        if (wave is null) return null;
        if (problem is not null) return new Result(false, 0, problem);

        var already = await db.SurveyInvitations.Where(i => i.WaveId == waveId).Select(i => i.PersonId).ToListAsync(ct);
        var people = await PopulationAsync(wave, ct);
        var fresh = people.Where(p => !already.Contains(p.Id)).ToList();
        var messages = new List<MimeMessage>();
        foreach (var person in fresh)
        {
            var link = $"{baseUrl.TrimEnd('/')}/s#{SurveyLink.Mint(wave.Id, wave.LinkKey!)}";
            messages.Add(Message(person.Name, person.Email, Subject(form!), InvitationBody(form!, person.Name, link, wave)));
        }
        await mailer.SendAsync(messages, ct);
        db.SurveyInvitations.AddRange(fresh.Select(p => new SurveyInvitation { OrganisationId = wave.OrganisationId, WaveId = wave.Id, PersonId = p.Id, InvitedOn = Today }));
        await db.SaveChangesAsync(ct);
        return new Result(true, fresh.Count, fresh.Count == 0
            ? "Everyone in the wave's population has already been invited."
            : string.Create(CultureInfo.InvariantCulture, $"{fresh.Count} invitations sent."));
    }

    public async Task<Result?> RemindAsync(int waveId, string baseUrl, CancellationToken ct = default)
    {
        var (wave, form, problem) = await CheckAsync(waveId, ct);
        if (wave is null) return null;
        if (problem is not null) return new Result(false, 0, problem);
        var invited = await db.SurveyInvitations.Where(i => i.WaveId == waveId).ToListAsync(ct);
        var ids = invited.Select(i => i.PersonId).ToList();
        var people = await db.People.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var messages = invited.Select(i => (Invitation: i, Person: people.First(p => p.Id == i.PersonId)))
            .Select(x => Message(x.Person.Name, x.Person.Email, "Reminder: " + Subject(form!), ReminderBody(form!, x.Person.Name, x.Invitation.InvitedOn, wave, baseUrl)))
            .ToList();
        await mailer.SendAsync(messages, ct);
        foreach (var invitation in invited) invitation.RemindedOn = Today;
        await db.SaveChangesAsync(ct);
        return new Result(true, messages.Count, messages.Count == 0
            ? "Nobody has been invited yet: send the invitations first."
            : string.Create(CultureInfo.InvariantCulture, $"{messages.Count} reminders sent."));
    }

    private async Task<(Wave?, SurveyForm?, string?)> CheckAsync(int waveId, CancellationToken ct)
    {
        var wave = await db.Waves.Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument).FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null) return (null, null, null);
        if (!mailer.Enabled) return (wave, null, "E-mail is not set up: configure Smtp:Host, Smtp:Port and Smtp:From.");
        if (!wave.Distribution.HasFlag(DistributionModes.Links)) return (wave, null, "This wave is distributed by kiosk only.");
        if (wave.StateOn(Today) == WaveState.Closed) return (wave, null, "This wave is closed.");
        return (wave, new SurveyForm(wave, wave.InstrumentVersion!, [], []), null);
    }

    private async Task<List<Organisations.Person>> PopulationAsync(Wave wave, CancellationToken ct)
    {
        var units = wave.Units.Select(u => u.UnitId).ToList();
        var workgroups = wave.Workgroups.Select(w => w.WorkgroupId).ToList();
        return await db.People
            .Where(p => p.WorkgroupId != null && workgroups.Contains(p.WorkgroupId.Value) && p.Units.Any(u => units.Contains(u.UnitId)))
            .OrderBy(p => p.Id).ToListAsync(ct);
    }

    private static string Subject(SurveyForm form) => form.Version.TextFor(SurveyLanguages.Default).Title + ": " + form.Wave.Name;

    private static MimeMessage Message(string name, string email, string subject, string body)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.To.Add(new MailboxAddress(name, email));
        return message;
    }

    private static string InvitationBody(SurveyForm form, string name, string link, Wave wave) => $"""
        Dear {name},

        {form.Fill(form.Version.TextFor("en").Introduction)}

        Your personal, single-use link (open it on any device; you can save and come back until you submit):
        {link}

        The survey is open from {wave.Opens:d MMMM yyyy} to {wave.LastDay:d MMMM yyyy}. Your answers are anonymous: they are stored
        without your name, your e-mail address or this link, and shown only for groups of enough respondents.
        Please do not forward this link: it can be used once.

        Français : ouvrez le même lien et choisissez « Français ». Español: abra el mismo enlace y elija «Español».
        """;

    private static string ReminderBody(SurveyForm form, string name, DateOnly invitedOn, Wave wave, string baseUrl) => $"""
        Dear {name},

        A reminder about "{form.Version.TextFor("en").Title}" ({wave.Name}), open until {wave.LastDay:d MMMM yyyy}.

        If you have not answered yet, please open the link in the invitation we e-mailed you on {invitedOn:d MMMM yyyy}
        (subject "{Subject(form)}"). If you have already answered: thank you, and please ignore this message.

        Why no link here? We do not keep your link, and we cannot tell who has answered: that is what keeps the survey anonymous.
        If you cannot find your invitation, ask the survey organiser for a new link ({baseUrl}).
        """;
}

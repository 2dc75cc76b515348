using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LearningLoop.Core.Surveys;

/// <summary>Sends survey e-mails. One connection per batch: an invitation run can be hundreds of messages.</summary>
public interface ISurveyMailer
{
    bool Enabled { get; }
    Task SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken ct = default);
}

public sealed class SmtpSurveyMailer(SmtpOptions options) : ISurveyMailer
{
    public bool Enabled => options.Enabled;

    public MailboxAddress From => MailboxAddress.Parse(options.From);

    public async Task SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken ct = default)
    {
        if (messages.Count == 0)
        {
            return;
        }
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(options.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(options.Host, options.Port, security, ct);
        if (options.UserName.Length > 0)
        {
            await client.AuthenticateAsync(options.UserName, options.Password, ct);
        }
        foreach (var message in messages)
        {
            if (message.From.Count == 0)
            {
                message.From.Add(From);
            }
            await client.SendAsync(message, ct);
        }
        await client.DisconnectAsync(quit: true, ct);
    }
}

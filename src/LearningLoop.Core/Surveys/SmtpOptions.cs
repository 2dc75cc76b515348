namespace LearningLoop.Core.Surveys;

/// <summary>Configuration section <c>Smtp</c>: where survey invitations and reminders are sent from. Without a host,
/// e-mail is off and the wave page says so.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    public string From { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";

    /// <summary>MailKit's <c>SecureSocketOptions</c> by name: Auto, None, StartTls, StartTlsWhenAvailable, SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";

    public bool Enabled => Host.Length > 0 && From.Length > 0;
}

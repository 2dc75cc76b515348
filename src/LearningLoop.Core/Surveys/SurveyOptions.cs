namespace LearningLoop.Core.Surveys;

/// <summary>Configuration section <c>Surveys</c>.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>How many kiosk forms one client (IP address) may open per minute. A whole hospital's kiosks may share one
    /// address behind its NAT, and a person takes minutes to answer, so the default leaves room while stopping a script.</summary>
    public int KioskVisitsPerMinute { get; set; } = 30;

    /// <summary>Relational coordination bands: weak below <see cref="RcModerateFrom"/>, strong from <see cref="RcStrongFrom"/>.</summary>
    public double RcModerateFrom { get; set; } = 3.5;
    public double RcStrongFrom { get; set; } = 4.0;
}

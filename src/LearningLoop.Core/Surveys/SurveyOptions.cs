namespace LearningLoop.Core.Surveys;

/// <summary>Configuration section <c>Surveys</c>.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>The address respondents reach the app at, for links in e-mails (e.g. https://learningloop.hospital.org).
    /// Empty: the address of the request that sent the invitations.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Relational coordination bands: weak below <see cref="RcModerateFrom"/>, strong from <see cref="RcStrongFrom"/>.</summary>
    public double RcModerateFrom { get; set; } = 3.5;
    public double RcStrongFrom { get; set; } = 4.0;
}

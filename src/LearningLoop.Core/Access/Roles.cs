namespace LearningLoop.Core.Access;

/// <summary>The platform's roles. Authorisation policies are built from these on the server.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string ImprovementLead = nameof(ImprovementLead);
    public const string Manager = nameof(Manager);
    public const string Staff = nameof(Staff);
    public const string PatientPartner = nameof(PatientPartner);

    public static readonly IReadOnlyList<string> All = [Administrator, ImprovementLead, Manager, Staff, PatientPartner];
}

namespace LearningLoop.Core.Organisations;

/// <summary>The level a person works at; alignment and learning are analysed by level.</summary>
public enum ManagementLevel
{
    FrontLineStaff,
    FrontLineManager,
    MiddleManager,
    Executive,
    PatientPartner,
}

using LearningLoop.Core.Organisations;

namespace LearningLoop.Web.Features.Organisation;

public static class UnitKinds
{
    public static string Label(UnitKind kind) => kind switch
    {
        UnitKind.CriticalCare => "Critical care",
        _ => kind.ToString(),
    };

    public static string Label(ManagementLevel level) => level switch
    {
        ManagementLevel.FrontLineStaff => "Front-line staff",
        ManagementLevel.FrontLineManager => "Front-line manager",
        ManagementLevel.MiddleManager => "Middle manager",
        ManagementLevel.Executive => "Executive",
        ManagementLevel.PatientPartner => "Patient partner",
        _ => level.ToString(),
    };
}

using LearningLoop.Core.Organisations;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Partners;

/// <summary>The demo's partnership cast: the hospital's partners in id order (the demo partner's sign-in is the first).</summary>
internal static class PartnershipTestData
{
    public const string SixNorth = "Fewer falls on 6 North Cardiology";
    public const string Emergency = "Antibiotics within the hour for sepsis in Emergency";

    public static List<int> RiversidePartners(this LearningLoopApp app) => app.WithSystemScope(db => db.People
        .Where(p => p.Level == ManagementLevel.PatientPartner && !p.Units.Any()
            && db.Organisations.Any(o => o.Id == p.OrganisationId && o.Name == "Riverside General Hospital"))
        .OrderBy(p => p.Id).Select(p => p.Id).ToList());

    public static int ProfileOf(this LearningLoopApp app, int personId) =>
        app.WithSystemScope(db => db.PartnerProfiles.Single(p => p.PersonId == personId).Id);
}

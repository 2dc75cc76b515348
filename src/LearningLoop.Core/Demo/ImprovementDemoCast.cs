using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>The people the improvement story needs, picked from the demo hospital by unit, workgroup and level in
/// id order, so the same people play the same parts on every run. 4 West's manager (the demo manager's sign-in) leads
/// the discharge initiative; the demo staff member (4 West's last person) is deliberately not on its team.</summary>
internal sealed record DemoCast(
    Person FourWestManager, Person? Attending, Person? CaseManager, Person? Nurse, Person? Pharmacist,
    Person? MedicineHead, Person? Executive, Person? Coach, Person? Partner, Person? LatePartner,
    Person? SixNorthManager, Person? SixNorthNurse, Person? EmergencyManager, Person? IcuManager)
{
    public static async Task<DemoCast> FindAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var organisation = world.Hospital.Id;
        async Task<List<Person>> OnUnit(string unit)
        {
            if (!world.Units.TryGetValue(unit, out var u)) return [];
            return await db.People.Include(p => p.Workgroup).Where(p => p.Units.Any(m => m.UnitId == u.Id)).OrderBy(p => p.Id).ToListAsync(ct);
        }
        var fourWest = await OnUnit("4 West");
        var staffSignIn = fourWest[^1];
        Person? Of(List<Person> people, string workgroup) => people.FirstOrDefault(p => p.Workgroup?.Key == workgroup && p != staffSignIn);
        var unattached = await db.People.Where(p => p.OrganisationId == organisation && !p.Units.Any()).OrderBy(p => p.Id).ToListAsync(ct);
        var executives = unattached.Where(p => p.Level == ManagementLevel.Executive).ToList();
        var partners = unattached.Where(p => p.Level == ManagementLevel.PatientPartner).ToList();
        var sixNorth = await OnUnit("6 North Cardiology");
        var emergency = await OnUnit("Emergency");
        var icu = await OnUnit("ICU");
        return new DemoCast(
            fourWest[0], Of(fourWest, "attending_physician"), Of(fourWest, "case_manager"), Of(fourWest, "nurse"), Of(fourWest, "pharmacist"),
            unattached.FirstOrDefault(p => p.Level == ManagementLevel.MiddleManager), executives.ElementAtOrDefault(0), executives.ElementAtOrDefault(1),
            partners.ElementAtOrDefault(0), partners.ElementAtOrDefault(1),
            sixNorth.FirstOrDefault(), Of(sixNorth, "nurse"), emergency.FirstOrDefault(), icu.FirstOrDefault());
    }
}

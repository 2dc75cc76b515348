using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>One demo sign-in per role, each linked to a person on 4 West's story where that makes sense.</summary>
public sealed class SignInsDemoStory(UserManager<AppUser> users, RoleManager<IdentityRole> roles) : IDemoStory
{
    /// <summary>Shared by every demo account; printed at start-up, and only ever present in a seeded demo.</summary>
    public const string DemoPassword = "Demo-learning-2025";

    public int Order => 10;

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        await FirstAdministrator.EnsureRolesAsync(roles);
        var fourWest = world.Units["4 West"].Id;
        var onFourWest = await world.Db.People
            .Where(p => p.Units.Any(u => u.UnitId == fourWest))
            .OrderBy(p => p.Id).ToListAsync(ct);
        var partner = await world.Db.People.Where(p => p.Level == ManagementLevel.PatientPartner).OrderBy(p => p.Id).FirstAsync(ct);

        (string Role, string Email, string Name, Person? Person)[] accounts =
        [
            (Roles.Administrator, "admin@riverside.example", "Riverside Administrator", null),
            (Roles.ImprovementLead, "lead@riverside.example", "Improvement Lead", null),
            (Roles.Manager, "manager@riverside.example", onFourWest[0].Name, onFourWest[0]),
            (Roles.Staff, "staff@riverside.example", onFourWest.Last().Name, onFourWest.Last()),
            (Roles.PatientPartner, "partner@riverside.example", partner.Name, partner),
        ];
        foreach (var (role, email, name, person) in accounts)
        {
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                OrganisationId = world.Hospital.Id, PersonId = person?.Id,
            };
            var result = await users.CreateAsync(user, DemoPassword);
            if (!result.Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
            {
                throw new InvalidOperationException($"Demo sign-in {email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
            world.SignIns.Add(new DemoSignIn(role, email, DemoPassword));
        }
    }
}

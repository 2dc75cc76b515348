using LearningLoop.Core.Organisations;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Access;

/// <summary>Creates the first administrator of a fresh install, with the organisation they administer.
/// Used by the web setup page and by <c>learningloop admin create</c>.</summary>
public sealed class FirstAdministrator(LearningLoopDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<bool> IsNeededAsync(CancellationToken ct = default) => !await users.Users.AnyAsync(ct);

    /// <summary>Creates the administrator. Returns Identity's errors (weak password, bad e-mail) instead of throwing.</summary>
    public async Task<IdentityResult> CreateAsync(string organisationName, string displayName, string email, string password, CancellationToken ct = default)
    {
        await EnsureRolesAsync(roles);
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == organisationName, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (organisation is null)
        {
            organisation = new Organisation { Name = organisationName };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
        }
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, OrganisationId = organisation.Id };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }
        var inRole = await users.AddToRoleAsync(user, Roles.Administrator);
        if (inRole.Succeeded)
        {
            await tx.CommitAsync(ct);
        }
        return inRole;
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}

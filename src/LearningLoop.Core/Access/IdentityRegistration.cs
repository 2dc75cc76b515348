using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using LearningLoop.Core.Persistence;

namespace LearningLoop.Core.Access;

public static class IdentityRegistration
{
    /// <summary>Identity's password and lockout rules, shared by the web app and the CLI so both refuse the same passwords.</summary>
    public static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireNonAlphanumeric = false;
        o.User.RequireUniqueEmail = true;
        o.Lockout.MaxFailedAccessAttempts = 10;
    }

    /// <summary>User and role stores without cookies or sign-in: for the CLI and background work.</summary>
    public static IServiceCollection AddLearningLoopIdentityStores(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LearningLoopDbContext>();
        services.AddScoped<FirstAdministrator>();
        return services;
    }
}

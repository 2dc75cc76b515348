using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningLoop.Core.Access;

public static class IdentityRegistration
{
    /// <summary>How long an invitation (set-password) link works. A week: people are invited before a rota starts.</summary>
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    /// <summary>Identity's password and lockout rules, shared by the web app and the CLI so both refuse the same passwords.</summary>
    public static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireNonAlphanumeric = false;
        o.User.RequireUniqueEmail = true;
        o.Lockout.MaxFailedAccessAttempts = 10;
    }

    /// <summary>User and role stores without cookies or sign-in: for the CLI and background work.</summary>
    public static IServiceCollection AddLearningLoopIdentityStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<AppUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LearningLoopDbContext>()
            .AddDefaultTokenProviders();
        return services.AddLearningLoopAccounts(configuration);
    }

    /// <summary>What the web app and the CLI share to manage accounts: the data-protection keys in the database (so an
    /// invitation made by <c>learningloop admin invite</c> is accepted by any web node), the invitation lifetime, the
    /// public address links are built from, and the account service.</summary>
    public static IServiceCollection AddLearningLoopAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys in the database keep the web tier stateless: any node can read any other node's cookies and tokens.
        services.AddDataProtection().SetApplicationName("LearningLoop").PersistKeysToDbContext<LearningLoopDbContext>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = InvitationLifetime);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => PublicAddress.From(configuration, sp.GetService<Microsoft.Extensions.Hosting.IHostEnvironment>()));
        services.TryAddSingleton(configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions());
        services.TryAddSingleton<ISurveyMailer, SmtpSurveyMailer>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<Accounts>();
        return services;
    }
}
